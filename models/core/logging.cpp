// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "omnium.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "omnium.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "omnium.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "omnium.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "omnium.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrint, "omnium.print", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTicketing, "omnium.ticketing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOverlay, "omnium.overlay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArchive, "omnium.archive", QtInfoMsg)
