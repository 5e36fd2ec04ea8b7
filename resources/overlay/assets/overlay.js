// SPDX-License-Identifier: GPL-3.0-or-later
// Omnium stream overlays: one script for every page (body[data-page]). It subscribes to the
// overlay server's WebSocket (/api/v1/live), renders each pushed state, reconnects by itself
// and keeps showing the last state while the app is away. No build step, no dependencies.
// The players' phone page borrows its bracket and standings renderers (window.OmniumOverlay),
// in the page's own language (<html lang>, set by the server).
"use strict";

(function () {
    const params = new URLSearchParams(location.search);
    const page = document.body.dataset.page;
    const root = document.getElementById("root");
    const borrowed = !["bracket", "scoreboard", "upnext", "standings", "lowerthird"].includes(page);

    // ---- Strings (French and English) -------------------------------------------------
    const lang = borrowed ? document.documentElement.lang
        : params.get("lang") || ((navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en");
    document.documentElement.lang = lang;
    const strings = {
        en: {
            bestOf: "Best of {n}", live: "Live", upNext: "Up next", standings: "Standings",
            rank: "#", name: "Name", played: "P", wins: "W", losses: "L", draws: "D", points: "Pts",
            noMatch: "No match on this station yet", noPhase: "No phase is live yet", nothingNext: "Nothing scheduled",
            waiting: "Waiting for Omnium…", vs: "vs", tbd: "To be decided", winnerOf: "Winner of {m}",
            loserOf: "Loser of {m}", noPlayer: "No player chosen", final: "Final score", disputed: "Under review",
        },
        fr: {
            bestOf: "En {n} manches", live: "En direct", upNext: "À suivre",
            standings: "Classement", rank: "#", name: "Nom", played: "J", wins: "V", losses: "D", draws: "N",
            points: "Pts", noMatch: "Aucun match sur ce poste pour l'instant", noPhase: "Aucune phase en cours",
            nothingNext: "Rien de prévu", waiting: "En attente d'Omnium…", vs: "contre", tbd: "À déterminer",
            winnerOf: "Vainqueur de {m}", loserOf: "Perdant de {m}", noPlayer: "Aucun joueur choisi",
            final: "Score final", disputed: "En cours de vérification",
        },
    };
    function t(key, values) {
        let text = (strings[lang] || strings.en)[key] || strings.en[key] || key;
        for (const [k, v] of Object.entries(values || {}))
            text = text.replace("{" + k + "}", v);
        return text;
    }

    // ---- Theme from URL parameters ------------------------------------------------------
    const theme = params.get("theme") === "light" ? "light" : "dark";
    document.body.classList.add("theme-" + theme);
    const background = params.get("bg") || "transparent";
    document.body.classList.add("bg-" + background);
    if (background === "chroma" && params.get("chroma"))
        document.body.style.setProperty("--chroma", "#" + params.get("chroma"));
    const scale = Number(params.get("scale") || "1");
    if (scale > 0)
        document.body.style.setProperty("--scale", String(scale));
    function applyAccent(info) {
        const accent = params.get("accent") ? "#" + params.get("accent") : info && info.accent;
        if (accent)
            document.body.style.setProperty("--accent", accent);
        else
            document.body.style.removeProperty("--accent"); // the theme's, from theme.css
    }
    applyAccent(null);

    // ---- DOM helper (text only: names never become markup) ------------------------------
    function h(tag, className, children) {
        const element = document.createElement(tag);
        if (className)
            element.className = className;
        for (const child of [].concat(children === undefined ? [] : children)) {
            if (child === null || child === undefined || child === false)
                continue;
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
        return element;
    }
    const scoreText = (score) => (score === null || score === undefined ? "" : String(score));

    // ---- Renderers ----------------------------------------------------------------------
    function slotElement(slot, match) {
        const completed = match.state === "completed";
        const classes = ["slot"];
        if (slot.winner)
            classes.push("winner");
        else if (completed)
            classes.push("loser");
        const from = slot.source;
        const name = slot.name ? slot.name
            : from && from.match ? t(from.outcome === "loser" ? "loserOf" : "winnerOf", {m: from.match}) : t("tbd");
        return h("div", classes.join(" "), [
            h("span", "seed", slot.seed ? String(slot.seed) : ""),
            h("span", slot.name ? "name" : "name placeholder", [name, slot.team ? h("span", "team", slot.team) : null]),
            h("span", "score", scoreText(slot.score)),
        ]);
    }

    function matchCard(match) {
        const live = match.state === "in_progress";
        const card = h("div", "match state-" + (match.state || "pending"), [
            h("div", "match-head", [
                h("span", "label", match.label || ""),
                live ? h("span", "live-tag", t("live")) : null,
                match.disputed ? h("span", "disputed-tag", t("disputed")) : null,
                match.station && match.state !== "completed" ? h("span", "station", match.station) : null,
            ]),
            ...(match.slots || []).map((slot) => slotElement(slot, match)),
        ]);
        builtCards.set(match.id, {json: JSON.stringify(match), element: card});
        return card;
    }

    // The bracket page patches only the cards of the matches that changed (a 128-entrant
    // double elimination has 255 of them): rebuilding everything on each result is what made
    // big brackets slow. The whole bracket is rebuilt when its layout changes (other matches,
    // rounds or titles) and after a reload. Cards have a fixed height, so a patch never
    // changes how the bracket fits the screen.
    let builtCards = new Map(); // match id → {json, element} of the cards rendered last
    let shownLayout = null;
    function bracketLayout(data) {
        const phase = (data && data.phase) || {};
        return JSON.stringify([phase.event, phase.name,
            ((data && data.matches) || []).map((m) => [m.id, m.side, m.round, m.position, m.roundName])]);
    }
    // Patches the shown bracket into data's; false when it has to be rebuilt.
    function patchBracket(data) {
        if (!data || shownLayout === null || shownLayout !== bracketLayout(data))
            return false;
        const shown = builtCards;
        builtCards = new Map(shown);
        for (const match of data.matches || []) {
            const card = shown.get(match.id);
            if (!card || !card.element.isConnected)
                return false;
            if (card.json !== JSON.stringify(match))
                card.element.replaceWith(matchCard(match));
        }
        return true;
    }

    function renderBracket(data) {
        if (!data)
            return [h("div", "panel empty", t("noPhase"))];
        const matches = data.matches || [];
        // Sections by side, in order of appearance; the grand final joins the winners side.
        const sections = [];
        const bySide = new Map();
        for (const match of matches) {
            const key = match.side === "grand_final" && matches.some((m) => m.side === "winners") ? "winners"
                : match.side === "group" ? "group " + match.group : match.side || "main";
            if (!bySide.has(key)) {
                bySide.set(key, []);
                sections.push(key);
            }
            bySide.get(key).push(match);
        }
        const phase = data.phase || {};
        const title = h("header", "bracket-title", [
            h("span", "event", phase.event || ""), h("span", "phase", phase.name || ""),
        ]);
        const sectionElements = sections.map((key) => {
            const list = bySide.get(key);
            const columns = new Map();
            for (const match of list) {
                const columnKey = (match.side === "grand_final" ? "z" : "a") + String(match.round).padStart(3, "0");
                if (!columns.has(columnKey))
                    columns.set(columnKey, {side: match.side, round: match.round, matches: []});
                columns.get(columnKey).matches.push(match);
            }
            const ordered = [...columns.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
            const elimination = key === "winners" || key === "losers" || key === "grand_final";
            return h("section", "side " + (elimination ? "elimination" : "group"), ordered.map((column) => {
                column.matches.sort((a, b) => (a.position || 0) - (b.position || 0));
                const name = column.matches[0].roundName || "";
                return h("div", "round", [h("div", "round-name", name), h("div", "round-matches", column.matches.map(matchCard))]);
            }));
        });
        return [h("div", "bracket", [title, ...sectionElements])];
    }

    function renderScoreboard(data) {
        const match = data && data.match;
        if (!match)
            return [h("div", "panel scoreboard empty", t("noMatch"))];
        const slots = match.slots || [];
        const side = (slot, cls) => h("div", "sb-player " + cls, [
            slot.country ? h("span", "country", slot.country) : null,
            h("span", "team", slot.team || ""),
            h("span", "name", slot.name || t("tbd")),
        ]);
        const a = slots[0] || {}, b = slots[1] || {};
        return [h("div", "scoreboard", [
            h("div", "sb-bar", [
                side(a, "left"),
                h("span", "sb-score left", scoreText(a.score) || "0"),
                h("span", "sb-score right", scoreText(b.score) || "0"),
                side(b, "right"),
            ]),
            h("div", "sb-info", [
                // Between matches the scoreboard keeps the last one, with its final score.
                match.disputed ? h("span", "sb-disputed", t("disputed"))
                    : match.state === "completed" ? h("span", "sb-final", t("final")) : null,
                h("span", "sb-round", match.roundName || ""),
                match.bestOf ? h("span", "sb-bestof", t("bestOf", {n: match.bestOf})) : null,
                h("span", "sb-event", match.event || ""),
            ]),
        ])];
    }

    function renderUpNext(data) {
        const limit = Number(params.get("limit") || "5");
        const matches = ((data && data.matches) || []).slice(0, limit);
        const time = (iso) => {
            if (!iso)
                return "";
            const date = new Date(iso);
            return isNaN(date) ? "" : date.toLocaleTimeString(lang, {hour: "2-digit", minute: "2-digit"});
        };
        return [h("div", "panel upnext", [
            h("h1", null, t("upNext")),
            matches.length === 0 ? h("div", "empty", t("nothingNext")) : null,
            ...matches.map((match) => h("div", "next", [
                h("span", "time", time(match.time)),
                h("span", "players", [
                    h("span", "name", (match.slots[0] || {}).name || t("tbd")),
                    h("span", "vs", t("vs")),
                    h("span", "name", (match.slots[1] || {}).name || t("tbd")),
                ]),
                h("span", "details", [h("span", "nx-round", match.roundName || ""), h("span", "nx-event", match.event || "")]),
                match.station ? h("span", "station", match.station) : null,
            ])),
        ])];
    }

    function renderStandings(data) {
        if (!data)
            return [h("div", "panel empty", t("noPhase"))];
        const phase = data.phase || {};
        const rows = data.rows || [];
        const columns = ["played", "wins", "losses", "draws", "points"].filter((c) => rows.some((r) => r[c] !== undefined && r[c] !== null));
        return [h("div", "panel standings", [
            h("h1", null, [t("standings"), h("span", "phase", [phase.event, phase.name].filter(Boolean).join(" · "))]),
            h("table", null, [
                h("thead", null, h("tr", null, [h("th", "rank", t("rank")), h("th", "name", t("name")), ...columns.map((c) => h("th", "num", t(c)))])),
                h("tbody", null, rows.map((row) => h("tr", null, [
                    h("td", "rank", String(row.rank ?? "")),
                    h("td", "name", [row.name || "", row.team ? h("span", "team", row.team) : null]),
                    ...columns.map((c) => h("td", "num", String(row[c] ?? ""))),
                ]))),
            ]),
        ])];
    }

    function renderLowerThird(data) {
        const player = data && data.player;
        if (!player)
            return [h("div", "lowerthird empty", t("noPlayer"))];
        return [h("div", "lowerthird", [
            h("div", "lt-tag", [player.team ? h("span", "team", player.team) : null, h("span", "tag", player.tag || player.name || "")]),
            h("div", "lt-details", [player.name, player.pronouns ? "(" + player.pronouns + ")" : null, player.country, player.subtitle]
                .filter(Boolean).join(" · ")),
        ])];
    }

    if (borrowed) {
        window.OmniumOverlay = {renderBracket, renderStandings};
        return;
    }

    const pages = {
        bracket: {topic: "bracket/" + (params.get("phase") || "live"), render: renderBracket},
        scoreboard: {topic: params.get("station") ? "scoreboard/" + params.get("station") : "scoreboard", render: renderScoreboard},
        upnext: {topic: "upnext", render: renderUpNext},
        standings: {topic: "standings/" + (params.get("phase") || "live"), render: renderStandings},
        lowerthird: {topic: "player/" + (params.get("player") || "current"), render: renderLowerThird},
    };
    const current = pages[page];

    // ---- State: last known data, kept across reloads while the app is away ---------------
    const storageKey = "omnium-overlay:" + location.pathname + ":" + current.topic;
    let state = null;
    let received = false;
    try {
        const saved = JSON.parse(localStorage.getItem(storageKey) || "null");
        if (saved && saved.api === 1) {
            state = saved.data;
            received = true;
        }
    } catch (e) {
        /* no storage (private mode): start empty */
    }

    // A big bracket shrinks until its tallest column fits the screen (on top of "scale").
    function fitBracket() {
        root.style.zoom = "";
        const bracket = root.querySelector(".bracket");
        if (!bracket)
            return;
        const gap = 8;
        let needed = 0;
        for (const child of bracket.children) {
            if (!child.classList.contains("side")) {
                needed += child.offsetHeight + 22;
                continue;
            }
            let tallest = 0;
            for (const round of child.querySelectorAll(".round")) {
                let height = round.querySelector(".round-name").offsetHeight + gap;
                for (const match of round.querySelectorAll(".match"))
                    height += match.offsetHeight + gap;
                tallest = Math.max(tallest, height);
            }
            needed += tallest + 22;
            child.style.flexGrow = String(tallest); // each side gets the room its tallest column needs
        }
        const available = bracket.clientHeight + 22;
        if (needed > available)
            root.style.zoom = String((scale > 0 ? scale : 1) * available / needed);
    }

    function render() {
        if (page !== "bracket" || !received || !patchBracket(state)) {
            builtCards = new Map();
            root.replaceChildren(...(received ? current.render(state) : [h("div", "panel waiting", t("waiting"))]));
            if (page === "bracket") {
                shownLayout = received && state ? bracketLayout(state) : null;
                fitBracket();
            }
        }
        document.body.dataset.updates = String(Number(document.body.dataset.updates || "0") + 1);
    }

    function onMessage(envelope, text) {
        if (envelope.topic === "info") {
            applyAccent(envelope.data);
            return;
        }
        if (envelope.topic !== current.topic)
            return;
        state = envelope.data;
        received = true;
        try {
            localStorage.setItem(storageKey, text); // the envelope as received: {api: 1, topic, data}
        } catch (e) {
            /* storage full or denied: the page still works */
        }
        render();
    }

    // ---- Live connection with automatic reconnect -----------------------------------------
    let delay = 250;
    let watchdog = null;
    function connect() {
        const query = new URLSearchParams({topics: current.topic + ",info"});
        if (params.get("token"))
            query.set("token", params.get("token"));
        const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/v1/live?" + query);
        const alive = () => {
            clearTimeout(watchdog);
            watchdog = setTimeout(() => socket.close(), 25000); // the server beats every 10 s
        };
        socket.onopen = () => {
            delay = 250;
            document.body.dataset.connection = "live";
            alive();
        };
        socket.onmessage = (event) => {
            alive();
            try {
                onMessage(JSON.parse(event.data), event.data);
            } catch (e) {
                console.warn("overlay: ignoring a message", e);
            }
        };
        socket.onclose = () => {
            clearTimeout(watchdog);
            document.body.dataset.connection = "offline";
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 5000);
        };
    }

    render();
    connect();
})();
