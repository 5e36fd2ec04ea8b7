// SPDX-License-Identifier: GPL-3.0-or-later
// Omnium's player page (body[data-page=player], a phone) and call board (data-page=board, a TV
// in the hall). Each follows its WebSocket (/p/<secret>/live or /board/live), renders every
// pushed state, counts the no-show timer down between pushes and reconnects by itself (the
// app may restart, the Wi-Fi may drop). Words in French and English, by <html lang>, which
// the server sets from the phone's language. No build step, no dependencies.
"use strict";

(function () {
    const page = document.body.dataset.page;
    const root = document.getElementById("root");
    let lang = document.documentElement.lang === "fr" ? "fr" : "en";
    // The hall's board may speak both, in turns (?lang=both): French first, 15 s each.
    const alternate = page === "board" && new URLSearchParams(location.search).get("lang") === "both";
    let shown = null; // the last state; a board in both languages gets both: {en, fr}
    const strings = {
        en: {
            next: "Your next match", vs: "vs {o}", bestOf: "Best of {n}", pending: "Waiting for your opponent",
            waiting: "Waiting for a station", called: "Called to {s} — go now", in_progress: "In progress on {s}",
            left: "{t} left to show up", nothing: "No match left for you today", results: "Results so far",
            won: "Won", lost: "Lost", report: "Report the score", me: "Me", them: "Opponent", send: "Send",
            sentWait: "Sent: {a}-{b}. Waiting for your opponent to confirm.",
            confirm: "Your opponent reported {a}-{b}. Same score? Send it to confirm.",
            disputed: "Disputed: go to the desk.", offline: "Reconnecting…", boardTitle: "Called now",
            boardNext: "Next", station: "Station", boardEmpty: "No match called", tbd: "TBD",
            findTitle: "Find your page", findTag: "A few letters of your tag",
            findCode: "Your code (on your badge or check-in slip)", findOpen: "Open my page",
            findNone: "No tag found: ask the desk for your link.",
            findWrong: "This code does not go with this tag. Ask the desk if you have lost it.",
            findWait: "Too many wrong codes for this tag: wait a minute.",
            game: "Game {n}", gameWinner: "Who won?",
            checkedIn: "Checked in: {e}", notCheckedIn: "Not checked in yet: {e}. See the desk.",
            tabMe: "My matches", tabBracket: "Bracket", tabStandings: "Standings", noEvent: "No bracket yet",
        },
        fr: {
            next: "Votre prochain match", vs: "contre {o}", bestOf: "En {n} manches", pending: "En attente de votre adversaire",
            waiting: "En attente d'un poste", called: "Appelé : {s} — allez‑y", in_progress: "En cours : {s}",
            left: "{t} pour vous présenter", nothing: "Plus de match pour vous aujourd'hui", results: "Vos résultats",
            won: "Gagné", lost: "Perdu", report: "Saisir le score", me: "Moi", them: "Adversaire", send: "Envoyer",
            sentWait: "Envoyé : {a}-{b}. En attente de la confirmation de votre adversaire.",
            confirm: "Votre adversaire a saisi {a}-{b}. Même score ? Envoyez-le pour confirmer.",
            disputed: "Résultat contesté : passez à l'accueil.", offline: "Reconnexion…", boardTitle: "Appelés",
            boardNext: "Ensuite", station: "Poste", boardEmpty: "Aucun match appelé", tbd: "À déterminer",
            findTitle: "Trouver votre page", findTag: "Quelques lettres de votre pseudo",
            findCode: "Votre code (sur votre badge ou votre fiche de pointage)", findOpen: "Ouvrir ma page",
            findNone: "Aucun pseudo trouvé : demandez votre lien à l'accueil.",
            findWrong: "Ce code ne va pas avec ce pseudo. Demandez-le à l'accueil si vous l'avez perdu.",
            findWait: "Trop de codes erronés pour ce pseudo : patientez une minute.",
            game: "Manche {n}", gameWinner: "Qui a gagné ?",
            checkedIn: "Présence confirmée : {e}", notCheckedIn: "Pas encore pointé : {e}. Passez à l'accueil.",
            tabMe: "Mes matchs", tabBracket: "Tableau", tabStandings: "Classement", noEvent: "Pas encore de tableau",
        },
    };
    function t(key, values) {
        let text = strings[lang][key] || key;
        for (const [k, v] of Object.entries(values || {}))
            text = text.replace("{" + k + "}", v);
        return text;
    }
    // Text only: names never become markup.
    function h(tag, className, children) {
        const element = document.createElement(tag);
        if (className)
            element.className = className;
        for (const child of [].concat(children === undefined ? [] : children)) {
            if (child !== null && child !== undefined && child !== false)
                element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
        return element;
    }

    // ---- Countdowns: each match says when its no-show time ends, on the desk's clock, and each
    // message the desk's time now: the page counts on its own, whatever the phone's clock says ----
    let deadlines = [];
    let offset = 0; // desk's clock minus this phone's
    function countdown(deadline) {
        const element = h("span", "countdown", "");
        deadlines.push({element, at: deadline - offset});
        return element;
    }
    function tickCountdowns() {
        for (const {element, at} of deadlines) {
            const left = Math.max(0, Math.round((at - Date.now()) / 1000));
            const text = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
            element.textContent = page === "player" ? t("left", {t: text}) : text;
        }
    }
    setInterval(tickCountdowns, 1000);

    // ---- The player's page ------------------------------------------------------------------
    const base = location.pathname.replace(/\/$/, "");
    function stateLine(match) {
        const station = match.station || t("station");
        if (match.state === "called" || match.state === "in_progress")
            return t(match.state, {s: station});
        return t(match.state === "pending" ? "pending" : "waiting");
    }
    // Game by game (an event with game reporting): who won each, until the match is decided.
    function gamesForm(match, message) {
        const winners = [];
        const rows = [];
        const need = Math.floor(match.bestOf / 2) + 1;
        for (let i = 0; i < match.bestOf; ++i) {
            const buttons = ["me", "them"].map((who) => {
                const button = h("button", "pick", t(who));
                button.id = "game-" + (i + 1) + "-" + who;
                button.addEventListener("click", () => {
                    winners[i] = who;
                    winners.length = i + 1; // a later game's answer waits for this one's
                    refresh();
                });
                return button;
            });
            rows.push({buttons, element: h("div", "game", [h("span", "", t("game", {n: i + 1})), ...buttons])});
        }
        function refresh() {
            let decided = false;
            rows.forEach((row, i) => {
                const won = (who) => winners.slice(0, i).filter((w) => w === who).length;
                const shown = i === 0 || (winners[i - 1] !== undefined && !decided);
                row.element.hidden = !shown;
                row.buttons.forEach((b, k) => b.classList.toggle("chosen", winners[i] === ["me", "them"][k]));
                if (winners[i] !== undefined && (won("me") + (winners[i] === "me") >= need
                    || won("them") + (winners[i] === "them") >= need))
                    decided = true;
            });
        }
        refresh();
        const button = h("button", "send", t("send"));
        button.id = "send";
        button.addEventListener("click", async () => {
            const reply = await fetch(base + "/report", {
                method: "POST", headers: {"Content-Type": "application/json"},
                body: JSON.stringify({match: match.id, games: winners.filter(Boolean)}),
            });
            const body = await reply.json();
            message.textContent = body.error || "";
        });
        return [h("p", "", t("gameWinner")), ...rows.map((row) => row.element), button];
    }
    function reportForm(match, byGames) {
        const message = h("p", "message", "");
        message.id = "reportMessage";
        if (match.reported)
            message.textContent = t(match.reported.byMe ? "sentWait" : "confirm",
                {a: match.reported.mine, b: match.reported.theirs});
        if (byGames)
            return h("section", "report", [h("h2", "", t("report")), ...gamesForm(match, message), message]);
        const mine = h("input", "score-input");
        const theirs = h("input", "score-input");
        for (const input of [mine, theirs]) {
            input.type = "number";
            input.min = "0";
            input.max = String(match.bestOf);
            input.inputMode = "numeric";
        }
        mine.id = "mine";
        theirs.id = "theirs";
        const button = h("button", "send", t("send"));
        button.id = "send";
        button.addEventListener("click", async () => {
            const reply = await fetch(base + "/report", {
                method: "POST", headers: {"Content-Type": "application/json"},
                body: JSON.stringify({match: match.id, mine: Number(mine.value), theirs: Number(theirs.value)}),
            });
            const body = await reply.json();
            message.textContent = body.error || "";
        });
        return h("section", "report", [h("h2", "", t("report")),
            h("div", "scores", [h("label", "", [t("me"), mine]), h("label", "", [t("them"), theirs])]), button, message]);
    }
    // The event's bracket and standings, drawn by the overlays' renderers (overlay.js), come
    // with the page only while one of their tabs is open (the WebSocket asks ?view=event).
    let view = "me";
    let phase = null; // {bracket, standings} of the player's phase, while a tab shows them
    function tabs() {
        return h("nav", "tabs", ["me", "bracket", "standings"].map((name) => {
            const button = h("button", name === view ? "tab chosen" : "tab",
                t("tab" + name[0].toUpperCase() + name.slice(1)));
            button.id = "tab-" + name;
            button.addEventListener("click", () => {
                const reconnect = (view === "me") !== (name === "me");
                view = name;
                render();
                if (reconnect && socket) {
                    delay = 0;
                    socket.close(); // again, with or without the event
                }
            });
            return button;
        }));
    }
    function eventView() {
        const data = phase && (view === "bracket" ? phase.bracket : phase.standings);
        if (!data || !window.OmniumOverlay)
            return h("section", "upcoming none", t("noEvent"));
        const render = view === "bracket" ? window.OmniumOverlay.renderBracket : window.OmniumOverlay.renderStandings;
        return h("div", "event-view", render(data));
    }
    function renderPlayer(data) {
        if (view !== "me") {
            root.replaceChildren(h("header", "", data.player ? data.player.tag : ""), tabs(), eventView());
            return;
        }
        const next = data.next;
        const card = next
            ? h("section", "upcoming state-" + next.state, [
                h("h2", "", t("next")),
                h("p", "opponent", t("vs", {o: next.opponent})),
                h("p", "where", next.event + " · " + next.round + " · " + t("bestOf", {n: next.bestOf})),
                h("p", "state", stateLine(next)),
                next.deadline !== undefined ? countdown(next.deadline) : null,
                next.disputed ? h("p", "disputed", t("disputed")) : null,
            ])
            : h("section", "upcoming none", t("nothing"));
        const reporting = next && data.selfReport && !next.disputed
            && (next.state === "called" || next.state === "in_progress");
        const results = (data.results || []).map((m) => h("li", m.mine > m.theirs ? "won" : "lost", [
            h("span", "outcome", t(m.mine > m.theirs ? "won" : "lost")),
            h("span", "", m.mine + "-" + m.theirs + " " + t("vs", {o: m.opponent})),
            h("span", "where", m.round)]));
        const checkIn = (data.checkIn || []).map((c) => h("p", c.checkedIn ? "checked-in" : "not-checked-in",
            t(c.checkedIn ? "checkedIn" : "notCheckedIn", {e: c.event})));
        root.replaceChildren(...[h("header", "", data.player ? data.player.tag : ""), tabs(),
            checkIn.length ? h("section", "checkin", checkIn) : null, card,
            reporting ? reportForm(next, data.games) : null,
            results.length ? h("section", "results", [h("h2", "", t("results")), h("ul", "", results)]) : null,
        ].filter(Boolean));
    }

    // ---- The call board ----------------------------------------------------------------------
    function boardRow(match, called) {
        return h("div", called ? "row called" : "row", [
            h("span", "station", match.station || ""),
            h("span", "players", match.sides[0] || match.sides[1]
                ? (match.sides[0] || t("tbd")) + "  —  " + (match.sides[1] || t("tbd")) : t("tbd")),
            h("span", "round", match.event + " · " + match.round),
            called && match.deadline !== undefined ? countdown(match.deadline) : h("span", "time", match.time || ""),
        ]);
    }
    function renderBoard(data) {
        const called = (data.called || []).map((m) => boardRow(m, true));
        root.replaceChildren(...[
            h("h1", "", t("boardTitle")),
            called.length ? h("div", "rows", called) : h("p", "empty", t("boardEmpty")),
            (data.next || []).length ? h("h2", "", t("boardNext")) : null,
            h("div", "rows next", (data.next || []).map((m) => boardRow(m, false))),
        ].filter(Boolean));
    }

    // ---- Finding one's page from the poster: tag, then the code printed beside the link.
    // The page found is remembered on this phone (localStorage): the next scan goes straight there.
    const remembered = "omnium.playerPage";
    function renderFind() {
        const tag = h("input", "", null);
        tag.id = "findTag";
        tag.autocomplete = "off";
        const list = h("ul", "tags", []);
        list.id = "findTags";
        const code = h("input", "", null);
        code.id = "findCode";
        code.autocomplete = "off";
        code.autocapitalize = "characters";
        const button = h("button", "send", t("findOpen"));
        button.id = "findOpen";
        const message = h("p", "message", "");
        message.id = "findMessage";
        let picked = null;
        let asked = 0;
        tag.addEventListener("input", async () => {
            const typed = tag.value.trim();
            const mine = ++asked;
            picked = null;
            if (typed.length < 2)
                return list.replaceChildren();
            const reply = await fetch("/find/tags?q=" + encodeURIComponent(typed));
            const found = reply.ok ? (await reply.json()).tags : [];
            if (mine !== asked)
                return; // a later letter's answer is on its way
            list.replaceChildren(...found.map((p) => {
                const item = h("li", "", h("button", "tag", p.tag));
                item.firstChild.addEventListener("click", () => {
                    picked = p.id;
                    tag.value = p.tag;
                    list.replaceChildren();
                    code.focus();
                });
                return item;
            }));
            message.textContent = found.length ? "" : t("findNone");
        });
        button.addEventListener("click", async () => {
            const reply = await fetch("/find", {
                method: "POST", headers: {"Content-Type": "application/json"},
                body: JSON.stringify({player: picked, code: code.value}),
            });
            if (reply.ok) {
                const page = (await reply.json()).page;
                localStorage.setItem(remembered, page);
                location.assign(page);
            } else {
                message.textContent = t(reply.status === 429 ? "findWait" : "findWrong");
            }
        });
        root.replaceChildren(h("header", "", t("findTitle")), h("section", "find", [
            h("label", "", [t("findTag"), tag]), list, h("label", "", [t("findCode"), code]), button, message]));
    }
    if (page === "find") {
        const stored = localStorage.getItem(remembered);
        if (stored) {
            // Still a working link? (It may have been revoked or re-issued since.)
            fetch(stored + "/state").then((reply) => {
                if (reply.ok)
                    return location.replace(stored);
                if (reply.status === 403)
                    localStorage.removeItem(remembered);
                renderFind();
            }, renderFind);
        } else {
            renderFind();
        }
        return;
    }
    if (page === "player")
        localStorage.setItem(remembered, base);

    function render() {
        deadlines = [];
        (page === "board" ? renderBoard : renderPlayer)(alternate ? shown[lang] : shown);
        tickCountdowns();
    }
    if (alternate) {
        setInterval(() => {
            lang = lang === "fr" ? "en" : "fr";
            document.documentElement.lang = lang;
            if (shown)
                render();
        }, 15000);
    }

    // ---- Live connection with automatic reconnect ---------------------------------------------
    let delay = 500;
    let socket = null;
    function connect() {
        // The page's language (the server chose it from the phone's): the names of rounds and
        // stations follow it; a board in both languages gets its names in both.
        const boardQuery = new URLSearchParams(location.search);
        boardQuery.set("lang", alternate ? "both" : lang);
        const path = page === "board" ? "/board/live?" + boardQuery
            : base + "/live?lang=" + lang + (view === "me" ? "" : "&view=event");
        socket = new WebSocket("ws://" + location.host + path);
        let alive = null;
        const watch = () => { clearTimeout(alive); alive = setTimeout(() => socket.close(), 25000); };
        socket.onopen = () => { delay = 500; document.body.dataset.connection = "live"; watch(); };
        socket.onmessage = (event) => {
            watch();
            const message = JSON.parse(event.data);
            if (message.heartbeat)
                return;
            offset = message.now - Date.now();
            phase = message.event || null;
            const data = message.page;
            shown = data;
            render();
            document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
        };
        socket.onclose = () => {
            clearTimeout(alive);
            document.body.dataset.connection = "offline";
            setTimeout(connect, delay);
            delay = Math.min(Math.max(delay, 250) * 2, 5000);
        };
    }
    connect();
})();
