// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "clicontext.h"
#include "clidocs.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

const CliCommand *find(const QStringList &arguments)
{
    QStringList words;
    for (const auto &argument : arguments.mid(1)) {
        if (argument.startsWith(u'-'))
            break;
        words << argument;
        if (words.size() == 2)
            break;
    }
    for (const auto &command : cliCommands()) {
        if (!words.isEmpty() && command.noun == words[0] && (command.verb.isEmpty() || command.verb == words.value(1)))
            return &command;
    }
    return nullptr;
}

// "omnium-cli --database X event list" reads as "omnium-cli event list --database X": options
// written before the command are moved after it, so both orders work.
QStringList commandFirst(const QStringList &arguments)
{
    if (arguments.size() < 2 || !arguments.at(1).startsWith(u'-') || find(arguments))
        return arguments;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QStringList rotated = QStringList {arguments.first()} + arguments.mid(i) + arguments.mid(1, i - 1);
        if (!arguments.at(i).startsWith(u'-') && find(rotated))
            return rotated;
    }
    return arguments;
}

bool asksHelp(const QStringList &arguments)
{
    return arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s) || arguments.contains(u"-help"_s);
}

int fail(QTextStream &err, const CliFailure &failure, const QString &hint)
{
    err << "omnium-cli: " << failure.message << Qt::endl;
    if (failure.code == CliBadInput)
        err << CliContext::tr("Run \"%1 --help\" for the options.").arg(hint) << Qt::endl;
    return failure.code;
}

} // namespace

bool CliRunner::needsGui(const QStringList &arguments)
{
    const CliCommand *command = find(commandFirst(arguments));
    return command && command->needsGui;
}

int CliRunner::run(const QStringList &given, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = commandFirst(given);
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty() || rest.first() == u"help"_s || (rest.first().startsWith(u'-') && asksHelp(rest))) {
        out << cliOverview();
        return CliDone;
    }
    if (rest.first() == u"--version"_s) {
        out << "omnium-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return CliDone;
    }
    if (rest.first() == u"--generate"_s) {
        const QString what = rest.value(1);
        const QString text = cliGenerated(what);
        if (text.isEmpty())
            return fail(err,
                {CliBadInput, CliContext::tr("--generate: \"%1\" is not one of markdown, man, bash, zsh").arg(what)},
                u"omnium-cli"_s);
        out << text;
        return CliDone;
    }
    const CliCommand *command = find(arguments);
    if (!command) {
        QStringList words;
        for (const auto &argument : rest) {
            if (argument.startsWith(u'-') || words.size() == 2)
                break;
            words << argument;
        }
        return fail(err,
            {CliBadInput,
                CliContext::tr("unknown command \"%1\"; the commands are: %2")
                    .arg(words.join(u' '), cliCommandNames().join(u", "_s))},
            u"omnium-cli"_s);
    }
    if (asksHelp(rest)) {
        out << cliCommandHelp(*command);
        return CliDone;
    }
    CliContext context(*command, out, err);
    try {
        context.parse(arguments);
        return command->run(context);
    } catch (const CliFailure &failure) {
        return fail(err, failure, u"omnium-cli "_s + command->name());
    }
}
