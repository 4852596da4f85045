"""Mobile library van route agent: the first design, before any security review.

The county library service runs mobile library vans that visit village stops.
An LLM agent, running in the county's cloud tenant and calling a hosted LLM,
plans the vans' weekly routes and stop times. It reads borrowers' reservations
and stop requests from the library management system (a vendor-hosted SaaS,
where borrowers reserve books in the online catalogue), the usage history of
each stop, and road closures from the street works feed. It saves a draft
route plan that the mobile librarian reviews and approves in the route planner
web app; nothing goes live until approved. From the approved schedule, and
from cancellations the librarian enters, the agent texts borrowers at each
stop through an SMS provider when the van will arrive or is cancelled.
Borrowers' text replies (is my book on the van?) come back through the
provider's webhook and the agent answers them; all texts are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile library van route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that plans mobile library routes and texts borrowers at each stop.",
)

# ---------------------------------------------------------------- data assets
card_login = tg.Data(
    "Library card number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
borrower_records = tg.Data(
    "Borrower records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, address, mobile number, home stop, loans history.",
)
reservations = tg.Data(
    "Reservations for mobile stops",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which borrower reserved which book for collection at which stop.",
)
stop_requests = tg.Data(
    "Borrower stop requests",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text requests for new stops, stop times or books to bring.",
)
usage_history = tg.Data(
    "Stop usage history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visits, issues and returns per stop per visit.",
)
closures = tg.Data(
    "Road closure notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Planned and emergency closures with the promoter's free-text notes.",
)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Planning and reply prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool results and the borrower's text where there is one.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_routes = tg.Data(
    "Draft weekly routes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stops, order and arrival times per van for the coming week.",
)
route_approval = tg.Data("Route approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_schedule = tg.Data(
    "Approved stop schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
cancellation = tg.Data("Stop cancellation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outgoing_text = tg.Data(
    "Arrival and cancellation texts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number and message text.",
)
borrower_reply = tg.Data(
    "Borrower text message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A borrower's reply to a text, usually a question.",
)
agent_answer = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
conversation_log = tg.Data("SMS conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who use the vans, reserve books and get texts.
    borrower = tm.add(tg.Actor("Borrower", role="library member"))

with tm.boundary("LMS vendor cloud", trust=tg.Trust.PARTNER):
    # The public online catalogue where borrowers reserve books and ask for stops.
    catalogue = tm.add(
        tg.Endpoint(
            "Online library catalogue",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="library card number and PIN")},
        )
    )
    # The library management system holding borrowers, loans and reservations.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={borrower_records, reservations, stop_requests},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Street works provider", trust=tg.Trust.PARTNER):
    # National street works feed of road closures and roadworks.
    closures_feed = tm.add(
        tg.DataSource("Street works closures feed", origin="partner", provides={closures})
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our texts and delivers borrowers' replies to our webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(note="council procurement and DPIA, no training on our data")
            },
        )
    )

with tm.boundary("County cloud tenant", trust=tg.Trust.INTERNAL):
    # Plans routes, sends stop texts and answers borrowers' replies.
    agent = tm.add(
        tg.Agent(
            "Mobile library route agent",
            autonomy="supervised",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads reservations, stop requests, borrower contacts, usage history and closures.
    lookup_tool = tm.add(
        tg.Tool(
            "Library data lookup tool",
            capabilities={"read", "network-egress"},
            controls={c.LeastPrivilegeTools(note="read-only LMS API account")},
        )
    )
    # Per-stop statistics exported nightly from the LMS.
    usage_store = tm.add(tg.DataStore("Stop usage history store", stores={usage_history}))
    # Saves draft routes and reads back the approved schedule and cancellations.
    route_tool = tm.add(
        tg.Tool(
            "Route plan tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(
                    approver="mobile librarian",
                    note="weekly routes go live only once approved in the planner app",
                )
            },
        )
    )
    # The route schedule: drafts, approved weekly routes and cancellations.
    schedule = tm.add(
        tg.DataStore("Route schedule", stores={draft_routes, approved_schedule, cancellation})
    )
    # Sends arrival, cancellation and reply texts through the SMS provider.
    text_tool = tm.add(tg.Tool("Borrower text tool", capabilities={"send-messages"}))
    # Receives borrowers' replies from the SMS provider.
    webhook = tm.add(tg.Endpoint("Inbound SMS webhook", purpose="api", internet_facing=True))
    # Keeps every text sent and received, for staff follow-up.
    sms_log = tm.add(tg.DataStore("SMS conversation log store", stores={conversation_log}))
    # Web app where the librarian reviews and approves routes and enters cancellations.
    planner_app = tm.add(
        tg.Service(
            "Route planner web app",
            controls={c.Authentication(method="council Microsoft 365 account with MFA")},
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # The mobile librarian who runs the vans and approves each week's routes.
    librarian = tm.add(tg.Actor("Mobile librarian", role="librarian"))

# ---------------------------------------------------------------- flows
# Borrowers and the catalogue
tm.flow(borrower, catalogue, card_login, reservations, stop_requests, protocol="https")
tm.flow(catalogue, borrower, reservations, protocol="https")
tm.flow(catalogue, lms, reservations, stop_requests)
tm.flow(lms, catalogue, reservations)

# What the agent reads
tm.flow(lms, usage_store, usage_history, protocol="sftp", label="nightly issue statistics export")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lms, lookup_tool, borrower_records, reservations, stop_requests, protocol="https")
tm.flow(usage_store, lookup_tool, usage_history)
tm.flow(closures_feed, lookup_tool, closures, protocol="https")
tm.flow(
    lookup_tool,
    agent,
    borrower_records,
    reservations,
    stop_requests,
    usage_history,
    closures,
    label="tool result",
)

# Reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Route planning and approval
tm.flow(agent, route_tool, draft_routes)
tm.flow(route_tool, schedule, draft_routes)
tm.flow(schedule, planner_app, draft_routes, approved_schedule)
tm.flow(planner_app, librarian, draft_routes, protocol="https")
tm.flow(librarian, planner_app, route_approval, cancellation, protocol="https")
tm.flow(planner_app, schedule, approved_schedule, cancellation)
tm.flow(schedule, route_tool, approved_schedule, cancellation)
tm.flow(route_tool, agent, approved_schedule, cancellation, label="tool result")

# Texts to borrowers and their replies
tm.flow(agent, text_tool, outgoing_text, agent_answer)
tm.flow(text_tool, sms_gateway, outgoing_text, agent_answer, protocol="https")
tm.flow(sms_gateway, borrower, outgoing_text, agent_answer, protocol="sms")
tm.flow(borrower, sms_gateway, borrower_reply, protocol="sms")
tm.flow(sms_gateway, webhook, borrower_reply, protocol="https", label="inbound SMS webhook")
tm.flow(webhook, agent, borrower_reply)
tm.flow(agent, sms_log, conversation_log)
tm.flow(sms_log, planner_app, conversation_log, label="staff follow-up view")
