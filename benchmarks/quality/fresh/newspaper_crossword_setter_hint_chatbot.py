"""Crossword hint chatbot and prize draw: the first design, before any security review.

Subscribers solve the newspaper's daily cryptic crossword in the web and mobile
app. A chat panel beside the grid lets them ask for a hint on a clue; the hint
service looks up the clue, its answer and the setter's explanation in the puzzle
store and asks a vendor-hosted LLM for a graded hint (level 1 nudges the wordplay,
level 3 names the definition), never the answer itself before the entry deadline.
Subscribers sign in through the paper's subscription platform, and may submit a
completed grid as a prize entry with their name and postal address. After the
deadline the puzzle editor uses the newsroom console to draw a winner at random
from the correct entries and the email provider tells the winner. Controls in
this design: subscriber sign-in, a per-subscriber hint quota, TLS on public
traffic, a string check that drops any hint containing the answer, and newsroom
SSO with MFA for the editor's console.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Crossword hint chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM hints for today's crossword without spoilers, and the weekly prize draw.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Subscriber sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
session = tg.Data("Subscriber session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
identity = tg.Data("Subscriber identity", sensitivity=tg.Sensitivity.PII, kind="records")
clues = tg.Data(
    "Published grid and clues",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
)
puzzle = tg.Data(
    "Puzzle with answers and explanations",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Grid, clues, answers and the setter's parsing notes; secret until the deadline.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
hint_request = tg.Data(
    "Hint request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Clue number, hint level asked for and the subscriber's free-text question.",
)
hint_prompt = tg.Data(
    "Hint prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the clue, its answer and explanation, the level and the question.",
)
llm_hint = tg.Data("Generated hint", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
hint_reply = tg.Data("Hint reply", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
chat_log = tg.Data("Hint chat log", sensitivity=tg.Sensitivity.PII, kind="logs")
entry = tg.Data(
    "Prize entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Completed grid, name, postal address and e-mail.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
correct_entries = tg.Data("Correct entries", sensitivity=tg.Sensitivity.PII, kind="records")
draw_result = tg.Data("Prize draw result", sensitivity=tg.Sensitivity.PII, kind="records")
winner_mail = tg.Data("Winner notification", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Paying subscribers solving the puzzle in the app or the browser.
    subscriber = tm.add(tg.Actor("Subscriber", role="crossword solver"))

with tm.boundary("Subscription platform", trust=tg.Trust.PARTNER):
    # The paper's existing subscriber accounts, run by a SaaS vendor.
    idp = tm.add(
        tg.ExternalService(
            "Subscriber identity service",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Signs subscribers in and checks their subscription is active.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the hint text; we do not host a model ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail used for the winner's notification.
    mailer = tm.add(tg.ExternalService("Email delivery service"))

with tm.boundary("Newspaper cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the crossword app: grid, hints and prize entries.
    api = tm.add(
        tg.Endpoint(
            "Crossword app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="subscription platform session (e-mail and password)"),
                c.RateLimiting(requests_per_minute=20, note="hint requests per subscriber"),
            },
        )
    )
    # Builds the hint prompt from the stored clue and answer and calls the LLM.
    hint_service = tm.add(
        tg.Service(
            "Hint service",
            description="Picks the hint level, assembles the prompt, returns the hint.",
            controls={
                c.OutputFiltering(
                    note="drops a hint that contains the answer word before the deadline"
                ),
            },
        )
    )
    # Keeps hint conversations so the puzzles desk can see which clues confuse people.
    hint_log = tm.add(tg.DataStore("Hint chat log store", stores={chat_log}))
    # Takes prize entries and marks them against the stored answers.
    prize_service = tm.add(
        tg.Service("Prize entry service", description="Checks the grid and records the entry.")
    )

    with tm.boundary("Puzzle data tier", trust=tg.Trust.RESTRICTED):
        # Today's and past puzzles, with answers held back until the deadline.
        puzzle_store = tm.add(tg.DataStore("Puzzle store", stores={puzzle, clues}))
        # Entries for the current prize puzzle and past draws.
        entry_store = tm.add(tg.DataStore("Prize entry store", stores={entry, draw_result}))

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Sets up each day's puzzle and runs the prize draw.
    editor = tm.add(tg.Actor("Puzzle editor", role="puzzle editor", privileged=True))
    # Internal tool to upload puzzles, set deadlines and draw winners.
    console = tm.add(
        tg.Service(
            "Puzzle editor console",
            controls={c.Authentication(method="newsroom SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# sign-in
tm.flow(subscriber, idp, sign_in, protocol="https", controls={tls})
tm.flow(idp, subscriber, session, protocol="https", controls={tls})
tm.flow(api, idp, session, protocol="https", label="validate session")
tm.flow(idp, api, identity, protocol="https", label="subscriber and entitlement")

# solving and hints
tm.flow(puzzle_store, api, clues, label="today's grid")
tm.flow(api, subscriber, clues, hint_reply, protocol="https", controls={tls})
tm.flow(subscriber, api, hint_request, protocol="https", controls={tls}, label="hint request")
tm.flow(api, hint_service, hint_request)
tm.flow(puzzle_store, hint_service, puzzle, label="clue, answer and explanation")
tm.flow(hint_service, llm, hint_prompt, protocol="https")
tm.flow(llm, hint_service, llm_hint, protocol="https")
tm.flow(hint_service, hint_log, chat_log)
tm.flow(hint_service, api, hint_reply)

# prize entries
tm.flow(subscriber, api, entry, protocol="https", controls={tls}, label="prize entry")
tm.flow(api, prize_service, entry)
tm.flow(puzzle_store, prize_service, puzzle, label="answers for marking")
tm.flow(prize_service, entry_store, entry)

# editing and the draw
tm.flow(editor, console, puzzle, label="upload puzzle and deadline")
tm.flow(console, puzzle_store, puzzle)
tm.flow(entry_store, console, correct_entries, label="correct entries after the deadline")
tm.flow(console, entry_store, draw_result)
tm.flow(console, editor, draw_result)
tm.flow(console, mailer, winner_mail, protocol="https")
tm.flow(mailer, subscriber, winner_mail, protocol="smtp")
