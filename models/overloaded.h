#pragma once

namespace ionos {

// One visitor of several lambdas, for std::visit: each type of a variant goes to the lambda
// that takes it.
template <typename... Fs> struct Overloaded : Fs...
{
    using Fs::operator()...;
};
template <typename... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;

} // namespace ionos
