#include "logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "earmark.catalog", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStartup, "earmark.startup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "earmark.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayback, "earmark.playback", QtInfoMsg)
