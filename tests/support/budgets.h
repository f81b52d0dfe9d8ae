#pragma once

// How long the suite waits for what it expects, read against the product's timeouts and retry
// delays that may stand between the cause and the event:
//
//   a request's timeout                   30 s  (ConnectionSettings::requestTimeoutMs)
//   retries of a failed read or write      up to 5 sends, 0.25 s doubling to 8 s apart, none
//                                          started after 60 s (RetryPolicy; ClientHarness:
//                                          0.02 to 0.2 s apart)
//   a 429's Retry-After                    as the sandbox says, 1 s in its rate-limit storms
//   a write's status polls                 0.15 s growing to 2 s apart (PollPolicy; the
//                                          sandbox of the tests finishes a write at once)
//   a write's read-backs                   4 looks 0, 0.4, 0.8 and 1.6 s after it (TrackedWrite)
//   the connection monitor's checks        1 s doubling to 15 s apart, each given 10 s; a silence
//                                          of 15 s leads to one (tests that stop the server set
//                                          them shorter)
//
// A wait fails only when the event does not come: its budget is far above every one of these
// on its path, never equal to one, so that neither a busy machine nor a request that waits out
// its own timeout makes it fail. It costs nothing when the event comes: the wait ends then.
// A test that shows that something does NOT wait out a timeout sets that timeout far above its
// own budget instead (see SignInLoad.WhenTheServerIsLost...).
namespace budget {

// Anything the sandbox has to answer for: loads, writes and their read-backs, the monitor
// finding the server lost or back. Four request timeouts.
inline constexpr int kServerMs = 120000;
// Work inside the test's own process: a model filling, a worker thread's result, a dialog
// opening or closing, the keychain's answer on the session bus.
inline constexpr int kLocalMs = 30000;
// Another program starting, answering or ending (the console, the sandbox, Prism).
inline constexpr int kProgramMs = 60000;

} // namespace budget
