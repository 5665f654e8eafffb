#include "unixsignalwatcher.h"

#include "logging.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// [0] is written by the handler, [1] read by the notifier. Plain ints: the handler may only
// touch lock-free state.
volatile sig_atomic_t g_writeFd = -1;
int g_readFd = -1;

// Signals are numbered below 65 on Linux; the previous actions, restored by the destructor.
constexpr int kMaxSignal = 65;
std::array<struct sigaction, kMaxSignal> g_previous{};
std::array<bool, kMaxSignal> g_installed{};

extern "C" void onSignal(int signalNumber)
{
    // Only async-signal-safe calls: write(2), sigaction(2); errno is preserved.
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    if (g_writeFd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(g_writeFd, &byte, 1);
    }
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    ::sigaction(signalNumber, &fallback, nullptr);
    errno = savedErrno;
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent)
    : QObject(parent)
{
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) != 0) {
        m_error = tr("Cannot create the socket pair for signals: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcStartup).noquote() << m_error;
        return;
    }
    if (g_readFd >= 0) { // an earlier watcher: its pair is replaced
        ::close(g_writeFd);
        ::close(g_readFd);
    }
    g_writeFd = fds[0];
    g_readFd = fds[1];
    m_notifier = new QSocketNotifier(fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPending);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    for (const int signalNumber : std::as_const(m_watched)) {
        if (g_installed[signalNumber]) {
            ::sigaction(signalNumber, &g_previous[signalNumber], nullptr);
            g_installed[signalNumber] = false;
        }
    }
    if (m_notifier && g_readFd == int(m_notifier->socket())) {
        const int writeFd = g_writeFd;
        g_writeFd = -1;
        ::close(writeFd);
        ::close(g_readFd);
        g_readFd = -1;
    }
}

QList<int> UnixSignalWatcher::terminationSignals()
{
    return {SIGTERM, SIGINT, SIGHUP};
}

bool UnixSignalWatcher::watch(int signalNumber)
{
    if (!m_notifier)
        return false;
    if (signalNumber <= 0 || signalNumber >= kMaxSignal) {
        m_error = tr("Signal %1 cannot be watched.").arg(signalNumber);
        return false;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // Interrupted system calls restart: the rest of the app never sees EINTR because of us.
    action.sa_flags = SA_RESTART;
    struct sigaction previous = {};
    if (::sigaction(signalNumber, &action, &previous) != 0) {
        m_error = tr("Cannot handle signal %1: %2")
                      .arg(signalNumber)
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcStartup).noquote() << m_error;
        return false;
    }
    if (!g_installed[signalNumber]) {
        g_previous[signalNumber] = previous;
        g_installed[signalNumber] = true;
    }
    if (!m_watched.contains(signalNumber))
        m_watched.append(signalNumber);
    return true;
}

void UnixSignalWatcher::readPending()
{
    char buffer[32];
    for (;;) {
        const ssize_t n = ::read(int(m_notifier->socket()), buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n; ++i) {
            const int signalNumber = static_cast<unsigned char>(buffer[i]);
            qCInfo(lcStartup) << "received signal" << signalNumber << strsignal(signalNumber);
            emit signalReceived(signalNumber);
        }
    }
}
