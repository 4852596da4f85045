"""Fell race entry, kit check and tracker agent: the first design, before any security review.

A fell race organiser runs one LLM agent for the whole race. Before race day it
reads each runner's online entry (personal details, emergency contact, medical
notes, mandatory kit declaration and past races), checks past results on the
public results site, and proposes to accept or refuse the entry; the organiser
approves each decision. Entry fees go through a payment provider's hosted checkout.
On race day every runner carries a hired GPS tracker; the tracker company's
platform relays positions, and the agent compares them with the course and
checkpoint cut-offs and texts the safety team, or the mountain rescue team's
callout controller, when a runner stops moving or leaves the route. Controls:
runner sign-in, TLS, organiser approval of entry decisions, an audit log of the
agent's actions and encryption at rest of the entries database.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Fell race entry and tracker agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Entry vetting and live runner-safety alerts for a mountain fell race.",
)

# ---------------------------------------------------------------- data assets
runner_login = tg.Data(
    "Runner sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
entry = tg.Data(
    "Race entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, club, address, emergency contact and past races claimed.",
)
medical = tg.Data(
    "Medical notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Conditions and medication a runner declares for the safety team.",
)
kit = tg.Data(
    "Kit declaration",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Runner's tick-list of mandatory kit: waterproofs, map, compass, whistle, food.",
)
payment = tg.Data("Entry fee payment", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_status = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
results = tg.Data("Published race results", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
entry_decision = tg.Data(
    "Entry decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Accept or refuse, with the agent's reasons about kit and experience.",
)
approval = tg.Data("Organiser approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
course = tg.Data(
    "Course route and checkpoint cut-offs",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
positions = tg.Data(
    "Runner tracker positions",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, entry or position context and tool results.",
)
agent_reply = tg.Data("Agent model output", sensitivity=tg.Sensitivity.PII, kind="model-output")
alert = tg.Data(
    "Safety alert",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Runner number, name, last position, time stopped and medical notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert_sms = tg.Data("Alert text message", sensitivity=tg.Sensitivity.PII, kind="documents")
tracker_key = tg.Data(
    "Tracking platform API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can enter the race online.
    runner = tm.add(tg.Actor("Runner", role="race entrant"))
    # Used to confirm the races an entrant says they have completed.
    results_site = tm.add(
        tg.DataSource(
            "Fell race results site",
            origin=tg.Origin.PUBLIC_WEB,
            provides={results},
            description="Public results pages of past fell races.",
        )
    )
    # Carried by each runner on race day, hired from the tracking company.
    trackers = tm.add(
        tg.Device("Runner GPS trackers", fleet=True, description="Satellite and GSM trackers.")
    )

with tm.boundary("On the fell", trust=tg.Trust.UNTRUSTED):
    # Marshals and the race safety officer on the course, with mobile phones.
    safety_team = tm.add(tg.Actor("Race safety team", role="safety marshal"))

with tm.boundary("Mountain rescue", trust=tg.Trust.PARTNER):
    # The local volunteer team's callout controller.
    mrt = tm.add(tg.Actor("Mountain rescue callout controller", role="rescue controller"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for entry fees; we never see card numbers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Tracking company", trust=tg.Trust.PARTNER):
    # Receives tracker pings and exposes live positions through an API.
    tracking_platform = tm.add(
        tg.ExternalService("Tracking platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the agent's alerts as text messages.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Race cloud", trust=tg.Trust.INTERNAL):
    # Entry website and API.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Vets entries before the race and watches the trackers during it.
    agent = tm.add(
        tg.Agent(
            "Race agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="race organiser",
                    note="entry decisions only; safety alerts are sent straight away",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Records the approved accept or refuse decision on the entry.
    decision_tool = tm.add(tg.Tool("Entry decision tool", capabilities={"read", "write"}))
    # Texts the safety team or mountain rescue about a runner.
    alert_tool = tm.add(tg.Tool("Safety alert tool", capabilities={"send-messages"}))

    with tm.boundary("Race data", trust=tg.Trust.RESTRICTED):
        # Entries, medical notes, kit declarations and decisions.
        entries_db = tm.add(
            tg.DataStore(
                "Entries database",
                stores={entry, medical, kit, entry_decision, payment_status},
                controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
            )
        )
        # The course, checkpoints and cut-off times the agent checks positions against.
        course_store = tm.add(tg.DataStore("Course and checkpoint store", stores={course}))

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # Sets up the course and approves the agent's entry decisions.
    organiser = tm.add(tg.Actor("Race organiser", role="organiser", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# entries
tm.flow(runner, portal, runner_login, entry, medical, kit, protocol="https", controls={tls})
tm.flow(portal, runner, entry_decision, protocol="https", controls={tls})
tm.flow(runner, payments, payment, protocol="https", controls={tls}, label="hosted checkout")
tm.flow(payments, portal, payment_status, protocol="https", label="payment webhook")
tm.flow(portal, entries_db, entry, medical, kit, payment_status)
tm.flow(entries_db, portal, entry_decision)

# vetting
tm.flow(entries_db, agent, entry, kit, label="new entries")
tm.flow(results_site, agent, results, protocol="https", label="past results lookup")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")
tm.flow(agent, organiser, entry_decision, label="proposed decision")
tm.flow(organiser, agent, approval)
tm.flow(agent, decision_tool, entry_decision)
tm.flow(decision_tool, entries_db, entry_decision)

# course setup
tm.flow(organiser, course_store, course, label="upload route and cut-offs")
tm.flow(course_store, agent, course)

# race day tracking
tm.flow(trackers, tracking_platform, positions, protocol="gsm")
tm.flow(agent, tracking_platform, tracker_key, protocol="https", label="poll positions")
tm.flow(tracking_platform, agent, positions, protocol="https", controls={tls})
tm.flow(entries_db, agent, medical, label="medical notes for alerts")
tm.flow(agent, alert_tool, alert)
tm.flow(alert_tool, sms_gateway, alert_sms, protocol="https", controls={tls})
tm.flow(sms_gateway, safety_team, alert_sms, protocol="sms")
tm.flow(sms_gateway, mrt, alert_sms, protocol="sms")
