"""Charity puzzle hunt answer checker: the first design, before any security review.

A small charity runs an annual online puzzle hunt. Team captains register their team
on the hunt website, pay the registration fee through a payment provider's hosted
checkout and leave their contact details. During the hunt, solvers type answers into
a web form. Many puzzles accept free-text answers, so an answer-checker agent sends
the submission, the puzzle's accepted answers and the hint policy to a hosted LLM,
records the verdict and updates the live leaderboard through a leaderboard tool.
Solvers can also ask for a hint, which the agent writes within the hint policy.
Organisers (volunteers on their own laptops) use an admin panel to override
verdicts, edit accepted answers and contact captains. Everything runs on one cloud
project; team logins use e-mail and password, guesses are rate limited, the admin
panel uses the charity's Google Workspace sign-in and logs every override.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Puzzle hunt answer checker",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-checked answers, hints and a live leaderboard for a charity puzzle hunt.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Team registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Team name, captain's name, e-mail address and phone number.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the payment provider's hosted checkout page.",
)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation_email = tg.Data(
    "Registration confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
submission = tg.Data("Answer submission", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
hint_request = tg.Data("Hint request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
accepted_answers = tg.Data(
    "Accepted answers",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
hint_policy = tg.Data(
    "Hint policy",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per puzzle: what a hint may reveal at each stage of the hunt.",
)
checker_prompt = tg.Data(
    "Checker prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the team's text, the accepted answers and the hint policy.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
verdict = tg.Data("Answer verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
hint = tg.Data("Hint", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
leaderboard_update = tg.Data(
    "Leaderboard update", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
submission_log = tg.Data(
    "Submissions and scores",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
standings = tg.Data("Leaderboard standings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
override = tg.Data("Verdict override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Solvers; one of each team is the captain who registers and pays.
    solver = tm.add(tg.Actor("Team member", role="solver"))
    # Anyone can follow the hunt on the public leaderboard.
    spectator = tm.add(tg.Actor("Spectator", role="public"))
    # Volunteer organisers work from their own laptops.
    organiser = tm.add(tg.Actor("Organiser", role="hunt organiser", privileged=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout takes the registration fee; card data never reaches us.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends registration confirmations and organiser announcements to captains.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, used to judge and hint.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Hunt cloud project", trust=tg.Trust.INTERNAL):
    # Registration, answer form, hint requests and the public leaderboard page.
    website = tm.add(
        tg.Endpoint(
            "Hunt website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="team e-mail and password"),
                c.RateLimiting(requests_per_minute=5, note="answer guesses per team"),
                c.InputValidation(note="answers limited to 200 characters"),
            },
        )
    )
    # Judges free-text answers and writes hints, then records the result itself.
    checker = tm.add(
        tg.Agent(
            "Answer checker agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Verdicts go straight to the leaderboard; organisers may override later.",
        )
    )
    # The only way the agent changes scores.
    board_tool = tm.add(
        tg.Tool("Leaderboard update tool", capabilities={"write"}, origin="first-party")
    )
    # Accepted answers and hint policy for every puzzle, written by the organisers.
    answer_key = tm.add(tg.DataStore("Answer key store", stores={accepted_answers, hint_policy}))
    # Every submission, verdict, hint given and score; the leaderboard is read from it.
    scores_db = tm.add(tg.DataStore("Submissions database", stores={submission_log}))
    # Teams, captains' contact details and whether the fee is paid.
    team_registry = tm.add(
        tg.DataStore(
            "Team registry",
            stores={registration, payment_status},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Organisers' console for overrides, answer key edits and contacting captains.
    admin = tm.add(
        tg.Endpoint(
            "Admin panel",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.AuditLogging(note="each override with organiser and reason"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# registration and payment
tm.flow(solver, website, registration, protocol="https", label="register team")
tm.flow(website, team_registry, registration)
tm.flow(website, payments, checkout, protocol="https")
tm.flow(solver, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    website,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(website, team_registry, payment_status, label="mark fee paid")
tm.flow(website, mailer, confirmation_email, protocol="https")
tm.flow(mailer, solver, confirmation_email, protocol="smtp")

# answering and hints
tm.flow(solver, website, submission, hint_request, protocol="https")
tm.flow(website, checker, submission, hint_request)
tm.flow(answer_key, checker, accepted_answers, hint_policy)
tm.flow(checker, llm, checker_prompt, protocol="https")
tm.flow(llm, checker, completion, protocol="https")
tm.flow(checker, board_tool, leaderboard_update)
tm.flow(board_tool, checker, standings, label="update result")
tm.flow(board_tool, scores_db, submission_log)
tm.flow(checker, website, verdict, hint)
tm.flow(website, solver, verdict, hint, standings, protocol="https")

# leaderboard
tm.flow(scores_db, website, standings)
tm.flow(website, spectator, standings, protocol="https")

# organisers
tm.flow(organiser, admin, override, accepted_answers, hint_policy, protocol="https")
tm.flow(admin, organiser, submission_log, registration, protocol="https")
tm.flow(admin, scores_db, override)
tm.flow(scores_db, admin, submission_log)
tm.flow(admin, answer_key, accepted_answers, hint_policy)
tm.flow(team_registry, admin, registration)
