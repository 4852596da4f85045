"""Shearing gang booking agent: the first design, before any security review.

A shearing contractor runs an LLM agent that takes farmers' booking requests by
SMS (through a hosted SMS gateway) and from a web form on the contractor's site.
The agent works out which gang goes to which farm and when, writes the roster to
the operations database, and books the gang's accommodation through a travel
partner's booking API, paid on the contractor's account. Each gang leader enters
the day's per-head tallies in a mobile app; the agent texts the farmer the tally
summary and the farmer confirms it by SMS reply. Once a week the agent prepares
the pay run from confirmed tallies and the shearers' bank details, and the office
manager approves it before the bank payment file is uploaded to the bank.
The agent, database and APIs run in one cloud account; the LLM is a vendor API.
Controls in this design: TLS on web traffic, input validation on the web form,
a phone-number-and-PIN sign-in on the tally app, the travel API key in the
cloud secret store, encryption at rest of the database, and approval of pay runs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shearing gang booking agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that books shearing gangs from farmers' SMS and web requests, "
        "books accommodation and prepares the weekly shearers' pay run."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Farmer booking request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Farm name, contact, phone, sheep numbers, preferred dates, free text.",
)
booking_confirmation = tg.Data(
    "Booking confirmation and tally summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Agent's reply to the farmer: booked dates, gang, and tallies to confirm.",
)
tally_confirmation = tg.Data(
    "Farmer tally confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The farmer's SMS reply agreeing (or disputing) the head counts.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
roster_call = tg.Data(
    "Roster and tally tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
roster_result = tg.Data(
    "Roster and tally results", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
gang_roster = tg.Data(
    "Gang roster and farm bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which shearers are in which gang, at which farm, on which days.",
)
tallies = tg.Data(
    "Per-head shearing tallies",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sheep shorn per shearer per run, entered by the gang leader.",
)
accommodation_call = tg.Data(
    "Accommodation booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
accommodation_result = tg.Data(
    "Accommodation booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
pay_run_request = tg.Data(
    "Weekly pay run request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
bank_details = tg.Data(
    "Shearer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pay_summary = tg.Data("Pay run summary", kind="records", sensitivity=tg.Sensitivity.PII)
pay_approval = tg.Data("Pay run approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_file = tg.Data(
    "Bank payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Batch credit file: shearer account numbers and amounts for the week.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers ask for gangs and confirm tallies; anyone with a phone can text the number.
    farmer = tm.add(tg.Actor("Farmer", role="client farmer"))

with tm.boundary("Shearing sheds", trust=tg.Trust.UNTRUSTED):
    # The gang leader records tallies on the board at the shed.
    gang_leader = tm.add(tg.Actor("Gang leader", role="gang leader"))
    # Phones the gang leaders carry, often offline until back in coverage.
    tally_app = tm.add(
        tg.Device("Tally mobile app", description="Android/iOS app on gang leaders' own phones.")
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Hosted SMS number: delivers farmers' texts to our webhook and sends our replies.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Travel partner", trust=tg.Trust.PARTNER):
    # Books motels and shearers' quarters near the farms, charged to our account.
    travel_api = tm.add(tg.ExternalService("Travel partner booking API", provides="generic"))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Receives the weekly batch credit file and pays the shearers.
    bank = tm.add(tg.ExternalService("Bank business payments", provides="generic"))

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # Public booking form on the contractor's website.
    web_form = tm.add(
        tg.Endpoint(
            "Booking web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="field types and lengths checked")},
        )
    )
    # Backend the tally app syncs with.
    tally_api = tm.add(
        tg.Endpoint(
            "Tally app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="gang leader's phone number and 4-digit PIN")},
        )
    )
    # The LLM agent that plans gangs, books accommodation and prepares pay.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads booking requests, plans gangs and runs, books rooms, prepares pay.",
        )
    )
    # Reads and writes the roster, bookings, tallies and farmer confirmations.
    roster_tool = tm.add(tg.Tool("Roster and tally tool", capabilities={"read", "write"}))
    # Books accommodation through the travel partner, on the contractor's account.
    accommodation_tool = tm.add(
        tg.Tool(
            "Accommodation booking tool",
            capabilities={"write", "network-egress", "money-movement"},
            controls={c.SecretsManagement(note="travel partner API key in the cloud secret store")},
        )
    )
    # Builds the weekly pay run and the bank payment file.
    pay_tool = tm.add(
        tg.Tool(
            "Pay run tool",
            capabilities={"read", "money-movement"},
            controls={
                c.HumanInTheLoop(
                    approver="office manager",
                    note="office manager approves the weekly pay run before the file is sent",
                )
            },
        )
    )
    # System of record for gangs, farm bookings, tallies and shearers' bank details.
    ops_db = tm.add(
        tg.DataStore(
            "Operations database",
            stores={gang_roster, tallies, tally_confirmation, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Contractor office", trust=tg.Trust.INTERNAL):
    # Runs the business: onboards shearers and signs off pay.
    office_manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# bookings and tally confirmations by SMS
tm.flow(farmer, sms_gateway, booking_request, tally_confirmation, protocol="sms")
tm.flow(
    sms_gateway,
    agent,
    booking_request,
    tally_confirmation,
    protocol="https",
    controls={tls},
    label="inbound SMS webhook",
)
tm.flow(agent, sms_gateway, booking_confirmation, protocol="https", controls={tls})
tm.flow(sms_gateway, farmer, booking_confirmation, protocol="sms")

# bookings from the web form
tm.flow(farmer, web_form, booking_request, protocol="https", controls={tls})
tm.flow(web_form, agent, booking_request)

# the agent's model
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

# roster, bookings and tallies
tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_tool, agent, roster_result)
tm.flow(
    roster_tool, ops_db, gang_roster, tally_confirmation, label="write bookings and confirmations"
)
tm.flow(ops_db, roster_tool, gang_roster, tallies, label="read roster and tallies")

# accommodation
tm.flow(agent, accommodation_tool, accommodation_call)
tm.flow(accommodation_tool, travel_api, accommodation_call, protocol="https", controls={tls})
tm.flow(travel_api, accommodation_tool, accommodation_result, protocol="https", controls={tls})
tm.flow(accommodation_tool, agent, accommodation_result)

# tallies from the sheds
tm.flow(gang_leader, tally_app, tallies)
tm.flow(tally_app, tally_api, tallies, protocol="https", controls={tls})
tm.flow(
    tally_api,
    tally_app,
    gang_roster,
    protocol="https",
    controls={tls},
    label="gang's runs for the week",
)
tm.flow(tally_api, ops_db, tallies)
tm.flow(ops_db, tally_api, gang_roster)

# weekly pay
tm.flow(office_manager, ops_db, bank_details, label="shearer onboarding")
tm.flow(agent, pay_tool, pay_run_request)
tm.flow(ops_db, pay_tool, tallies, tally_confirmation, bank_details)
tm.flow(pay_tool, office_manager, pay_summary)
tm.flow(office_manager, pay_tool, pay_approval)
tm.flow(pay_tool, bank, payment_file, protocol="sftp")
tm.flow(pay_tool, agent, pay_summary)
