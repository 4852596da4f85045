"""Skip hire permit and route agent: the first design, before any security review.

A regional skip hire firm takes bookings on its website (and by phone, keyed in by
the dispatcher). Each evening an LLM agent in the firm's cloud tenancy works through
the next days' bookings: where a skip will stand on the public road it drafts a skip
permit application for the council concerned, plans the lorry routes for the day with
a commercial routing and traffic API, writes the run sheets the drivers' in-cab
tablets download, and texts each customer a delivery window through an SMS gateway.
The agent reasons with a hosted LLM from a model vendor. The dispatcher approves
every permit application before the agent submits it on the council's portal; route
plans and customer texts go out without review. Card payments are taken on the
payment provider's hosted page and are outside this model. Staff sign in to the
booking site's admin pages with company SSO and 2-step verification, the council
portal logins sit in the cloud secret manager, and the agent logs its tool calls.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Skip hire permit and route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that applies for council skip permits, plans lorry routes "
    "and texts customers their delivery windows.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Skip booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, mobile number, skip size, date and whether "
    "the skip stands on the road or on private land.",
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_result = tg.Data(
    "Bookings due for delivery", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_update = tg.Data(
    "Booking status update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Permit reference, planned delivery window and status written back.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
permit_draft = tg.Data(
    "Skip permit application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Street address, placement, dates, skip dimensions, lighting and the "
    "firm's waste carrier licence details.",
)
permit_approval = tg.Data("Permit application approval", kind="records")
permit_decision = tg.Data(
    "Permit decision and reference",
    kind="records",
    description="Granted or refused, permit number, conditions, fee charged to the "
    "firm's council account.",
)
route_request = tg.Data(
    "Drop addresses and lorry availability", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
route_plan = tg.Data("Optimised route plan", kind="tool-result", sensitivity=tg.Sensitivity.PII)
run_sheet = tg.Data(
    "Driver run sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ordered drops with addresses, customer phone numbers and permit numbers.",
)
drop_status = tg.Data("Drop status", kind="records", sensitivity=tg.Sensitivity.PII)
eta_text = tg.Data(
    "Delivery window text message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Customer's mobile number and the delivery window for their skip.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Householders and builders who hire skips.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Council permit portals", trust=tg.Trust.PARTNER):
    # Each highway authority's online skip permit service; the firm has an account on each.
    council = tm.add(
        tg.ExternalService(
            "Council permit portal",
            provides=tg.ExternalCategory.GENERIC,
            description="Takes skip permit applications and publishes decisions.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Commercial routing with HGV restrictions and live traffic.
    routing_api = tm.add(
        tg.ExternalService("Routing and traffic API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends the customer texts on the firm's sender name.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public booking site, with admin pages for office staff.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(),
                c.Authentication(method="company SSO with 2SV for staff admin pages"),
            },
        )
    )
    # System of record for bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The LLM agent that runs the evening planning pass.
    agent = tm.add(
        tg.Agent(
            "Permit and route agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Each evening reads upcoming bookings, drafts permit applications, "
            "plans routes and texts customers.",
            controls={
                c.HumanInTheLoop(
                    approver="the dispatcher",
                    note="permit applications are approved before submission; route "
                    "plans and customer texts go out without review",
                ),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Reads bookings and writes back permit references and delivery windows.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Submits applications to council portals and checks their status.
    permit_tool = tm.add(
        tg.Tool(
            "Permit application tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
            controls={
                c.SecretsManagement(note="council portal logins in the cloud secret manager")
            },
        )
    )
    # Calls the routing API and writes the day's run sheets.
    route_tool = tm.add(
        tg.Tool(
            "Route planning tool",
            capabilities={"read", "write", "network-egress"},
            origin="first-party",
        )
    )
    # Sends delivery window texts through the SMS gateway.
    sms_tool = tm.add(
        tg.Tool("Customer SMS tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Run sheets the tablets download, and the drop statuses they post back.
    run_sheets = tm.add(tg.DataStore("Run sheet store", stores={run_sheet, drop_status}))

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Takes phone bookings and approves permit applications.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))

with tm.boundary("Lorry cabs", trust=tg.Trust.INTERNAL):
    # Company-issued tablet in each skip lorry, on mobile data.
    tablet = tm.add(
        tg.Device("Driver tablet", fleet=True, description="Shows the run sheet and records drops.")
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, website, booking_request, protocol="https")
tm.flow(dispatcher, website, booking_request, protocol="https", label="phone bookings")
tm.flow(website, booking_db, bookings)

tm.flow(agent, booking_tool, booking_update, label="query and update bookings")
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, dispatcher, permit_draft, protocol="https", label="for approval")
tm.flow(dispatcher, agent, permit_approval, protocol="https")
tm.flow(agent, permit_tool, permit_draft)
tm.flow(permit_tool, council, permit_draft, protocol="https")
tm.flow(council, permit_tool, permit_decision, protocol="https", label="status check")
tm.flow(permit_tool, agent, permit_decision)

tm.flow(agent, route_tool, route_request)
tm.flow(route_tool, routing_api, route_request, protocol="https")
tm.flow(routing_api, route_tool, route_plan, protocol="https")
tm.flow(route_tool, agent, route_plan)
tm.flow(route_tool, run_sheets, run_sheet)
tm.flow(run_sheets, route_tool, drop_status)
tm.flow(run_sheets, tablet, run_sheet, protocol="https")
tm.flow(tablet, run_sheets, drop_status, protocol="https")

tm.flow(agent, sms_tool, eta_text)
tm.flow(sms_tool, sms_gateway, eta_text, protocol="https")
tm.flow(sms_gateway, customer, eta_text, protocol="sms")
