"""Golf club tee-time booking and handicap agent: the first design.

Members of a private golf club chat with an assistant on the club website and
app to find, book, move and cancel tee times. The assistant is an LLM agent
hosted in the club's cloud tenant; it calls a vendor-hosted LLM and acts on the
club's tee sheet through a booking tool that enforces the club's booking rules.
When a member finishes a round, the club's scoring app (run by its vendor)
posts the signed-off scorecard to a scorecard intake endpoint; the agent records
the score against the member and submits it to the national golf union's
handicap system, which returns the member's updated handicap index. Pro shop
staff manage the tee sheet and member records in an admin console. Members sign
in with their membership number and password; the chat endpoint is rate
limited, the member database is encrypted at rest, and the union's API is
called with the club's client credentials over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Golf club tee-time booking and handicap agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat booking of tee times for members, and score posting and handicap "
    "updates with the national golf union.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Member chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the member asks for: a date, time, playing partners, a change.",
)
chat_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, tool results and the member's profile.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data(
    "Tee sheet tool call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Search, book, move or cancel a tee time for the signed-in member.",
)
booking_result = tg.Data(
    "Tee sheet tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Tee time bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Slots, member names and playing partners.",
)
scorecard = tg.Data(
    "Signed-off scorecard",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Hole-by-hole gross scores, course, tees, marker and date.",
)
score_call = tg.Data("Score recording tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
score_result = tg.Data("Score recording result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
member_records = tg.Data(
    "Member records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, membership number, category, contact details, scores and handicap index.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handicap_call = tg.Data(
    "Handicap submission tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
handicap_result = tg.Data(
    "Handicap submission result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
score_submission = tg.Data(
    "Score submission to the union",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Union membership id, course rating, slope and the adjusted gross score.",
)
handicap_index = tg.Data(
    "Updated handicap index",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
admin_edits = tg.Data(
    "Tee sheet and member edits",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Competition blocks, course closures, corrections to scores and bookings.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members chatting from the website or the club app on their phones.
    member = tm.add(tg.Actor("Club member", role="member"))

with tm.boundary("Scoring app vendor", trust=tg.Trust.PARTNER):
    # The club's scoring app backend, run by its vendor; posts each signed-off card.
    scoring_app = tm.add(
        tg.ExternalService(
            "Scoring app platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Members enter scores hole by hole; the marker signs the card off in the app.",
        )
    )

with tm.boundary("National golf union", trust=tg.Trust.PARTNER):
    # The national handicapping system that calculates every member's handicap index.
    union = tm.add(
        tg.ExternalService(
            "National union handicap system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Receives acceptable scores from clubs and returns the recalculated index.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; drives the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # Where members' chat reaches the club: signs members in, throttles callers.
    chat_api = tm.add(
        tg.Endpoint(
            "Member chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="membership number and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Receives scorecards the scoring app posts when a round is signed off.
    intake = tm.add(
        tg.Endpoint(
            "Scorecard intake endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static API key issued to the scoring app vendor")},
        )
    )
    # The LLM agent: books tee times on the member's word, records scores, posts them to the union.
    agent = tm.add(
        tg.Agent(
            "Booking and handicap agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts for the signed-in member in chat, and on each incoming scorecard.",
        )
    )
    # Reads and changes the tee sheet; the club's booking rules are checked here, not by the model.
    tee_tool = tm.add(
        tg.Tool(
            "Tee sheet tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.PolicyEnforcement(
                    rules="tee sheet refuses double bookings, competition blocks and "
                    "times outside the member's category"
                )
            },
        )
    )
    # Writes a scorecard against the member's record and reads their score history.
    score_tool = tm.add(tg.Tool("Score recording tool", capabilities={"read", "write"}))
    # Calls the national union's API with the club's credentials and stores the new index.
    handicap_tool = tm.add(
        tg.Tool(
            "Handicap submission tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="union client secret kept in the cloud key vault")},
        )
    )
    # The tee sheet: every slot and who holds it.
    tee_sheet = tm.add(tg.DataStore("Tee sheet database", stores={bookings}))
    # Members, their scores and handicap indexes.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_records, scorecard, handicap_index},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversations kept so staff can follow up on disputes about bookings.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Pro shop staff's console onto the tee sheet and member records.
    console = tm.add(
        tg.Service(
            "Club admin console",
            controls={c.Authentication(method="staff username and password")},
        )
    )

with tm.boundary("Clubhouse office", trust=tg.Trust.INTERNAL):
    # Pro shop and club office staff who run competitions and fix mistakes.
    staff = tm.add(tg.Actor("Pro shop staff", role="club staff"))

# ---------------------------------------------------------------- flows
tm.flow(
    member,
    chat_api,
    chat_message,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(chat_api, member, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, chat_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, tee_tool, booking_call)
tm.flow(tee_tool, agent, booking_result)
tm.flow(tee_tool, tee_sheet, bookings, label="book, move, cancel")
tm.flow(tee_sheet, tee_tool, bookings, label="availability")

tm.flow(scoring_app, intake, scorecard, protocol="https", label="round signed-off webhook")
tm.flow(intake, agent, scorecard)
tm.flow(agent, score_tool, score_call)
tm.flow(score_tool, agent, score_result)
tm.flow(score_tool, member_db, scorecard)
tm.flow(member_db, score_tool, member_records, label="member and score history")

tm.flow(agent, handicap_tool, handicap_call)
tm.flow(handicap_tool, agent, handicap_result)
tm.flow(handicap_tool, union, score_submission, protocol="https")
tm.flow(union, handicap_tool, handicap_index, protocol="https")
tm.flow(handicap_tool, member_db, handicap_index)

tm.flow(agent, transcript_store, transcripts)

tm.flow(staff, console, admin_edits, protocol="https")
tm.flow(console, staff, bookings, member_records, protocol="https")
tm.flow(console, tee_sheet, admin_edits, label="competition blocks and corrections")
tm.flow(tee_sheet, console, bookings)
tm.flow(console, member_db, admin_edits, label="score and member corrections")
tm.flow(member_db, console, member_records)
