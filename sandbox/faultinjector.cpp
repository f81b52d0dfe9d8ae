#include "sandbox/faultinjector.h"

namespace sandbox {

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_options(options)
    , m_random(options.seed ^ 0x5eed5eedu)
{}

Fault FaultInjector::draw()
{
    double roll = m_random.generateDouble();
    if (roll < m_options.failRate)
        return roll < m_options.failRate / 2 ? Fault::ServerError : Fault::Unavailable;
    roll -= m_options.failRate;
    if (roll < m_options.badGatewayRate)
        return Fault::BadGatewayHtml;
    roll -= m_options.badGatewayRate;
    if (roll < m_options.truncateRate)
        return Fault::TruncatedBody;
    roll -= m_options.truncateRate;
    if (roll < m_options.dropRate)
        return Fault::DroppedConnection;
    return Fault::None;
}

int FaultInjector::latencyMs()
{
    int latency = m_options.latencyMs;
    if (m_options.jitterMs > 0)
        latency += int(m_random.bounded(m_options.jitterMs + 1));
    return latency;
}

QByteArray FaultInjector::badGatewayPage()
{
    return QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
                             "<body><center><h1>502 Bad Gateway</h1></center><hr>"
                             "<center>nginx</center></body></html>\n");
}

} // namespace sandbox
