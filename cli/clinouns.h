// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CliContext;

// The commands, one file per noun; the table (clitable.cpp) says what each takes.
namespace cli {
int playersImport(CliContext &context);
int playersExport(CliContext &context);
int playersList(CliContext &context);
int teamsImport(CliContext &context);
int teamsExport(CliContext &context);
int teamsList(CliContext &context);
int checkin(CliContext &context);
int eventAdd(CliContext &context);
int eventList(CliContext &context);
int eventRegister(CliContext &context);
int eventSeed(CliContext &context);
int eventCloseCheckin(CliContext &context);
int eventBracket(CliContext &context); // create, report, advance, standings, export
int archiveExport(CliContext &context);
int archiveCheck(CliContext &context);
int archiveImport(CliContext &context);
int backupList(CliContext &context);
int backupCreate(CliContext &context);
int backupRestore(CliContext &context);
int venueMove(CliContext &context);
int scheduleStatus(CliContext &context);
int scheduleCall(CliContext &context);
int scheduleAddStation(CliContext &context);
int badgesPdf(CliContext &context);
int gateScan(CliContext &context);
int ticketsPair(CliContext &context);
int ticketsConnect(CliContext &context);
int ticketsTypes(CliContext &context);
int ticketsIssue(CliContext &context);
int ticketsVoid(CliContext &context);
int ticketsPdf(CliContext &context);
int ticketsVerify(CliContext &context);
} // namespace cli
