"""Petanque tournament draw and scoring chatbot: the first design, before any security review.

A regional petanque committee runs weekend open tournaments (Swiss rounds, then a
knockout). Team captains chat with a bot on their phones to find their next opponent
and pitch, ask rules questions, and report each game's final score. The bot is an LLM
agent in the committee's cloud tenancy: a hosted LLM writes its replies, an index of the
federation rulebook grounds rules answers, and two tools read the draw and record scores.
A score is final when both captains report the same one; the umpire settles the rest in
the organiser console, where organisers also start each round. A plain Swiss-system
pairing engine draws the round and texts captains their pitch via an SMS provider; a
public page shows standings. Controls: team number and card PIN to sign in to the chat,
rate limiting, an agent step limit, score validation in the tool, encryption at rest of
the database, and password sign-in with roles on the organiser console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Petanque tournament draw and scoring chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chatbot that tells captains their draw and records game scores for club tournaments.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Captain chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and score reports; carries the team number and captain's name.",
)
bot_reply = tg.Data("Bot reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Prompt with tournament context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, rule excerpts and the team's draw.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
rulebook = tg.Data("Federation rulebook", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
rule_excerpts = tg.Data(
    "Rule excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
draw_query = tg.Data("Draw lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
draw_answer = tg.Data("Opponent and pitch", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
score_call = tg.Data("Score report call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
score_receipt = tg.Data(
    "Score report receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
results = tg.Data(
    "Game results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
registrations = tg.Data(
    "Team registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player names, federation licence numbers, clubs, captain phone numbers, team PINs.",
)
pairings = tg.Data(
    "Round pairings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
round_command = tg.Data(
    "Round and dispute decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start round N, umpire's ruling on a disputed score, late withdrawals.",
)
console_view = tg.Data(
    "Console view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registrations, disputed scores and standings shown to organisers.",
)
pitch_sms = tg.Data(
    "Pitch notification text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Captain's phone number, opponent team and pitch number.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
standings = tg.Data("Public standings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Team captains, on their own phones at the terrain.
    captain = tm.add(tg.Actor("Team captain", role="player"))
    # Organisers and the umpire, on a laptop at the venue over its guest Wi-Fi.
    organiser = tm.add(
        tg.Actor("Tournament organiser", role="organiser and umpire", privileged=True)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the bot's replies; we do not host a model ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the pitch texts so captains need not watch the chat between rounds.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Committee cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web chat the captains open from the QR code on their registration card.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="team number and PIN from the registration card"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The chatbot itself: decides whether to look up the draw, record a score or quote the rules.
    bot = tm.add(
        tg.Agent(
            "Scoring chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers captains and records their score reports without a person.",
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # Lets the bot answer rules questions (measuring, dead boules, time limits) from the real text.
    rules_index = tm.add(tg.VectorStore("Rulebook index", stores={rulebook}))
    # Read-only lookup of the calling team's current opponent and pitch.
    draw_tool = tm.add(tg.Tool("Draw lookup tool", capabilities={"read"}))
    # Writes a captain's reported score; a game is settled when both captains agree.
    score_tool = tm.add(
        tg.Tool(
            "Score report tool",
            capabilities={"write"},
            controls={
                c.InputValidation(
                    note="13 to 0-12 (or the time-limit score) for a game of the current round only"
                ),
                c.HumanInTheLoop(
                    approver="the umpire",
                    note="only scores the two captains report differently; matching reports are recorded automatically",
                ),
            },
        )
    )
    # Deterministic Swiss-system pairing code: no model, avoids repeat opponents, assigns pitches.
    draw_engine = tm.add(
        tg.Service(
            "Pairing engine",
            description="Draws each round from the standings when an organiser starts it.",
        )
    )
    # Registrations, pairings and results for the whole tournament.
    db = tm.add(
        tg.DataStore(
            "Tournament database",
            stores={registrations, pairings, results},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so the umpire can see what a captain told the bot when a score is disputed.
    log_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Web app for the organisers: start rounds, rule on disputes, upload the rulebook.
    console = tm.add(
        tg.Endpoint(
            "Organiser console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Read-only results and standings for players and spectators.
    standings_page = tm.add(tg.Endpoint("Public standings page", purpose=tg.EndpointPurpose.API))

# ---------------------------------------------------------------- flows
# Captains and the chatbot
tm.flow(captain, chat, chat_message, protocol="https")
tm.flow(chat, captain, bot_reply, protocol="https")
tm.flow(chat, bot, chat_message)
tm.flow(bot, chat, bot_reply)
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, completion, protocol="https")
tm.flow(bot, rules_index, chat_message, label="similarity query")
tm.flow(rules_index, bot, rule_excerpts)
tm.flow(bot, draw_tool, draw_query)
tm.flow(draw_tool, bot, draw_answer)
tm.flow(draw_tool, db, draw_query, label="team's current game")
tm.flow(db, draw_tool, pairings)
tm.flow(bot, score_tool, score_call)
tm.flow(score_tool, bot, score_receipt)
tm.flow(score_tool, db, results)
tm.flow(db, score_tool, pairings, label="game and both reports")
tm.flow(bot, log_store, transcripts)

# Organisers and the draw
tm.flow(organiser, console, round_command, rulebook, protocol="https")
tm.flow(console, organiser, console_view, protocol="https")
tm.flow(console, db, round_command, label="rulings and withdrawals")
tm.flow(db, console, registrations, results, pairings)
tm.flow(log_store, console, transcripts, label="dispute review")
tm.flow(console, rules_index, rulebook, label="rulebook upload")
tm.flow(console, draw_engine, round_command, label="start round")
tm.flow(db, draw_engine, results, registrations)
tm.flow(draw_engine, db, pairings)
tm.flow(draw_engine, sms, pitch_sms, protocol="https")
tm.flow(sms, captain, pitch_sms, protocol="sms")

# Public standings
tm.flow(db, standings_page, standings)
tm.flow(standings_page, captain, standings, protocol="https")
