"""Apprentice jockey ride booking agent: the first design, before any security review.

A national horse racing authority in the EU adds an LLM agent to its licensing
portal so that trainers, and the agents who manage jockeys' bookings, can book
apprentice jockeys for rides by chat. Portal users sign in with e-mail and password
and see only their own yard or their own jockeys. For each request the agent looks up
the jockey's licence status, suspensions and riding weight declarations in the
licensing database, reads race-day weights that weighing-room officials record in the
separate weighing-room system, books the ride, and records the riding fee in the fees
ledger. The trainer or jockeys' agent confirms the booking summary in the chat before
it is made, and every tool call is logged. The language model is a hosted API. A
monthly payment run pays jockeys from the ledger through the authority's bank once a
finance officer approves the payment file.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Apprentice jockey ride booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent in the licensing portal that books apprentice rides and records riding fees.",
)

# ---------------------------------------------------------------- data assets
portal_login = tg.Data("Portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
booking_request = tg.Data(
    "Booking request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Which jockey, which race and horse, and the declared weight to carry.",
)
agent_reply = tg.Data(
    "Agent reply and booking summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation and tool results sent to the hosted model.",
)
llm_completion = tg.Data(
    "Model completion and tool choices", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data("Jockey lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
licence_records = tg.Data(
    "Licence status, suspensions and weight declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
licence_result = tg.Data(
    "Licence and suspension lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
raceday_weights = tg.Data(
    "Race-day weights",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Weights recorded at the scales before and after each race.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
weights_result = tg.Data(
    "Race-day weights lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Ride booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ride_booking = tg.Data(
    "Ride booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_result = tg.Data("Ride booking result", kind="tool-result")
fee_call = tg.Data("Riding fee entry call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
fee_entry = tg.Data(
    "Riding fee entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Jockey, ride, fee amount and the trainer it is charged to.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fee_result = tg.Data("Riding fee entry result", kind="tool-result")
bank_details = tg.Data(
    "Jockey bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "Monthly jockey payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trainers book apprentices for their horses' rides.
    trainer = tm.add(tg.Actor("Trainer", role="licensed trainer"))
    # People who manage a set of jockeys' bookings on their behalf.
    jockeys_agent = tm.add(tg.Actor("Jockeys' agent", role="registered jockeys' agent"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted language model behind the booking agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model called over the provider's API.",
        )
    )

with tm.boundary("Authority bank", trust=tg.Trust.PARTNER):
    # Pays jockeys from the monthly payment file.
    bank = tm.add(tg.ExternalService("Authority's bank", description="Bulk SEPA credit transfers."))

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # The existing licensing portal; the chat is a new page in it.
    portal = tm.add(
        tg.Endpoint(
            "Licensing portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="trainers see their own yard, jockeys' agents their own jockeys"),
            },
        )
    )
    # Plans each booking: checks the jockey, books the ride, records the fee.
    agent = tm.add(
        tg.Agent(
            "Ride booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the trainer or jockeys' agent confirms the booking summary in the chat"
                ),
                c.AuditLogging(retention_days=730, note="every prompt and tool call"),
            },
        )
    )
    # Reads licence status, suspensions and weight declarations.
    licence_tool = tm.add(tg.Tool("Licence and suspension lookup", capabilities={"read"}))
    # Reads race-day weights from the weighing-room system.
    weights_tool = tm.add(tg.Tool("Race-day weights lookup", capabilities={"read"}))
    # Creates the booking of an apprentice for a ride.
    booking_tool = tm.add(tg.Tool("Ride booking tool", capabilities={"read", "write"}))
    # Records the riding fee that the monthly run pays out.
    fee_tool = tm.add(tg.Tool("Fees ledger tool", capabilities={"write"}))
    # Jockey licences, suspensions and riding weight declarations.
    licensing_db = tm.add(tg.DataStore("Licensing database", stores={licence_records}))
    # Rides booked for each race.
    bookings_db = tm.add(tg.DataStore("Ride bookings database", stores={ride_booking}))
    # Fees owed to each jockey, and where they are paid.
    ledger = tm.add(
        tg.DataStore(
            "Fees ledger",
            stores={fee_entry, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pays jockeys once a month from the ledger.
    payment_run = tm.add(
        tg.Service(
            "Monthly jockey payment run",
            controls={c.HumanInTheLoop(approver="finance officer approves the payment file")},
        )
    )

with tm.boundary("Weighing-room system", trust=tg.Trust.INTERNAL):
    # Separate system where officials record weights on race day.
    weighing_system = tm.add(tg.DataStore("Weighing-room records", stores={raceday_weights}))
    # Clerk of the scales and other weighing-room officials at the racecourse.
    official = tm.add(tg.Actor("Weighing-room official", role="clerk of the scales"))

# ---------------------------------------------------------------- flows
# Trainers and jockeys' agents chat through the portal
tm.flow(trainer, portal, portal_login, booking_request, protocol="https")
tm.flow(portal, trainer, agent_reply, protocol="https")
tm.flow(jockeys_agent, portal, portal_login, booking_request, protocol="https")
tm.flow(portal, jockeys_agent, agent_reply, protocol="https")
tm.flow(portal, agent, booking_request)
tm.flow(agent, portal, agent_reply)

# The hosted model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Checks
tm.flow(agent, licence_tool, lookup_call)
tm.flow(licensing_db, licence_tool, licence_records)
tm.flow(licence_tool, agent, licence_result)
tm.flow(agent, weights_tool, lookup_call)
tm.flow(weighing_system, weights_tool, raceday_weights, protocol="https")
tm.flow(weights_tool, agent, weights_result)

# Booking and fee
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, ride_booking)
tm.flow(bookings_db, booking_tool, ride_booking, label="existing bookings for the race")
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, fee_tool, fee_call)
tm.flow(fee_tool, ledger, fee_entry)
tm.flow(fee_tool, agent, fee_result)

# Race day weights and monthly payments
tm.flow(
    official, weighing_system, raceday_weights, protocol="https", label="recorded at the scales"
)
tm.flow(ledger, payment_run, fee_entry, bank_details)
tm.flow(payment_run, bank, payment_file, protocol="sftp")
