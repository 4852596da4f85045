"""Sailing barge charter manifest agent: the first design, before any security review.

A heritage Thames sailing barge charter company takes group bookings (clubs,
schools, hen parties, corporate days) by e-mail. An LLM agent running in the
company's cloud tenancy reads the shared bookings mailbox, pulls out the group's
details and the attached passenger list, and builds the passenger manifest with
each passenger's emergency contact and any mobility or medical notes the crew
need. It checks each charter's sailing window against tide predictions from a
tidal data API, drafts confirmation replies into the shared mailbox (the office
manager reviews and sends every reply from Outlook), and at 06:00 texts the
freelance skipper the day's plan and manifest through an SMS gateway. The office
manager also works the bookings in a small back-office web app with Microsoft 365
sign-in. API keys sit in the cloud secret manager; the bookings database is
encrypted at rest; the agent's runs are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sailing barge charter manifest agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "E-mail booking intake, passenger manifests with emergency contacts, tide "
        "window checks and the skipper's daily plan for a heritage barge charter firm."
    ),
)

# ---------------------------------------------------------------- data assets
booking_email = tg.Data(
    "Group booking e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Organiser's e-mail with dates, group size and an attached passenger list.",
)
passenger_list = tg.Data(
    "Passenger list attachment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Spreadsheet or PDF of names, ages and emergency contacts sent by the organiser.",
)
reply_draft = tg.Data("Booking reply draft", kind="tool-call", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
manifest = tg.Data(
    "Passenger manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Who is aboard each sailing, with each passenger's emergency contact.",
)
medical_notes = tg.Data(
    "Passenger medical and mobility notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Conditions and mobility needs the crew should know of (e.g. epilepsy, wheelchair).",
)
bookings = tg.Data(
    "Charter bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Charter dates, organiser contact details, deposit status and group size.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
manifest_update = tg.Data("Manifest update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
manifest_result = tg.Data(
    "Manifest lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
tide_query = tg.Data("Tide window query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
tide_predictions = tg.Data(
    "Tide predictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="High and low water times and heights for the barge's home port and destinations.",
)
day_plan = tg.Data(
    "Skipper's day plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sailing times from the tide window, headcount, manifest and emergency contacts.",
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can e-mail the bookings address and claim to be a group organiser.
    organiser = tm.add(tg.Actor("Group organiser", role="customer"))

with tm.boundary("Hosted e-mail", trust=tg.Trust.PARTNER):
    # The company's Microsoft 365 tenant: the shared bookings mailbox lives here.
    mail = tm.add(
        tg.ExternalService(
            "Shared bookings mailbox",
            description="Microsoft 365 shared mailbox, reached by the agent through the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Tidal predictions for the estuary ports, on a paid subscription key.
    tide_api = tm.add(
        tg.ExternalService("Tidal predictions API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends the skipper's plan as text messages.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Crew phones", trust=tg.Trust.PARTNER):
    # Freelance skippers, contracted per season, read the plan on their own phones.
    skipper = tm.add(tg.Actor("Skipper", role="freelance skipper"))

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # Reads booking e-mails, builds manifests, checks tides, drafts replies, sends the day plan.
    agent = tm.add(
        tg.Agent(
            "Booking and manifest agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="office manager",
                    note="replies to organisers only; the skipper's day plan is sent automatically",
                ),
                c.SecretsManagement(
                    note="mailbox, LLM, tide and SMS keys in the cloud secret manager"
                ),
            },
        )
    )
    # Reads the shared mailbox and saves reply drafts; it cannot send.
    mailbox_tool = tm.add(
        tg.Tool("Mailbox tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates and updates bookings and manifest entries in the bookings database.
    manifest_tool = tm.add(
        tg.Tool("Manifest tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Looks up tide times for a date and port and works out the sailing window.
    tide_tool = tm.add(
        tg.Tool("Tide window tool", capabilities={"read", "network-egress"}, origin="first-party")
    )
    # Texts the day's plan to the skipper on duty.
    skipper_tool = tm.add(
        tg.Tool("Skipper notification tool", capabilities={"send-messages"}, origin="first-party")
    )
    # The system of record for charters and passenger manifests.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, manifest, medical_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every agent run: the e-mails read, tool calls made and messages sent.
    agent_log = tm.add(
        tg.DataStore("Agent run log store", stores={run_log}, controls={c.AuditLogging()})
    )
    # Where the office manager checks bookings and corrects manifests.
    backoffice = tm.add(
        tg.Service(
            "Back-office web app",
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Runs bookings, approves and sends every reply to organisers.
    office_manager = tm.add(tg.Actor("Office manager", role="bookings manager", privileged=True))

# ---------------------------------------------------------------- flows
# booking intake
tm.flow(organiser, mail, booking_email, passenger_list, protocol="smtp+starttls")
tm.flow(mail, mailbox_tool, booking_email, passenger_list, protocol="https", label="Graph API read")
tm.flow(mailbox_tool, agent, booking_email, passenger_list)
tm.flow(agent, mailbox_tool, reply_draft)
tm.flow(mailbox_tool, mail, reply_draft, protocol="https", label="save draft")

# the office manager reviews the draft and sends it
tm.flow(mail, office_manager, reply_draft, protocol="https", label="Outlook")
tm.flow(office_manager, mail, confirmation, protocol="https", label="Outlook send")
tm.flow(mail, organiser, confirmation, protocol="smtp+starttls")

# reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

# manifests and bookings
tm.flow(agent, manifest_tool, manifest_update)
tm.flow(manifest_tool, bookings_db, bookings, manifest, medical_notes)
tm.flow(bookings_db, manifest_tool, bookings, manifest, medical_notes)
tm.flow(manifest_tool, agent, manifest_result)

# tide windows
tm.flow(agent, tide_tool, tide_query)
tm.flow(tide_tool, tide_api, tide_query, protocol="https")
tm.flow(tide_api, tide_tool, tide_predictions, protocol="https")
tm.flow(tide_tool, agent, tide_predictions)

# the skipper's day plan, 06:00 each sailing day
tm.flow(agent, skipper_tool, day_plan)
tm.flow(skipper_tool, sms, day_plan, protocol="https")
tm.flow(sms, skipper, day_plan, protocol="sms")

# logging
tm.flow(agent, agent_log, run_log)

# back office
tm.flow(office_manager, backoffice, bookings, manifest, protocol="https", label="edits")
tm.flow(backoffice, office_manager, bookings, manifest, medical_notes, protocol="https")
tm.flow(backoffice, bookings_db, bookings, manifest)
tm.flow(bookings_db, backoffice, bookings, manifest, medical_notes)
