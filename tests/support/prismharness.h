#pragma once

#include "network/apiclient.h"
#include "prismproxy.h"
#include "sandboxharness.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

// A sandbox behind Stoplight Prism's validating proxy (--errors) for both specs, and an ApiClient
// that talks to Prism with the APIs' real base paths: every request the client sends and every
// answer it reads is checked against the specs, and a violation fails the call.
class PrismHarness
{
public:
    // Starts the sandbox and both proxies; false, with Prism's words, when they did not start.
    bool start(QString *why, sandbox::SandboxOptions options = SandboxHarness::testOptions());

    SandboxHarness &sandbox() { return *m_sandbox; }
    ionos::ApiClient &client() { return *m_client; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<PrismProxy> m_cloud;
    std::unique_ptr<PrismProxy> m_reseller;
    QNetworkAccessManager m_manager;
    std::unique_ptr<ionos::ApiClient> m_client;
};
