"""Minicab fare dispute agent: the first design, before any security review.

Passengers of a minicab firm raise fare complaints in the booking app's chat.
An LLM agent running in the firm's cloud account picks up each complaint, looks
up the trip in the dispatch system (the GPS trace, the quoted and charged fare
and the driver's notes on the job) and explains the fare or gives a refund. It
can refund up to 15 pounds to the passenger's card through the card payment
provider; when it does, the commission service adjusts the driver's commission
in the driver accounts ledger automatically. Disputes above 15 pounds are put in
a case queue for the office manager, who decides them and refunds through the
provider's dashboard. The language model is a vendor's hosted API. Passengers
sign in to the app with their phone number and an SMS code; the refund tool is
capped at 15 pounds per refund and its provider key sits in the secrets vault;
the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Minicab fare dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="App-chat agent that explains disputed fares and refunds small amounts.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data("Passenger fare complaint", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with trip context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the complaint, the trip record and the driver's notes.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
trip_lookup = tg.Data("Trip lookup request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
trip_record = tg.Data(
    "Trip record with GPS trace and fare",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
driver_notes = tg.Data("Driver's job notes", sensitivity=tg.Sensitivity.PII, kind="records")
refund_request = tg.Data(
    "Refund request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
refund_result = tg.Data(
    "Refund result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
refund_instruction = tg.Data(
    "Card refund instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The original charge reference and the refund amount.",
)
refund_confirmation = tg.Data(
    "Refund confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
refund_event = tg.Data("Refund event", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
commission_adjustment = tg.Data(
    "Commission adjustment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
driver_account = tg.Data(
    "Driver account and earnings", sensitivity=tg.Sensitivity.PII, kind="records"
)
dispute_case = tg.Data(
    "Escalated dispute case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The complaint, the chat so far, the trip summary and the amount claimed.",
)
manager_decision = tg.Data(
    "Manager's dispute decision", sensitivity=tg.Sensitivity.PII, kind="records"
)
manual_refund = tg.Data("Manual refund", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with the app and a phone number can open a chat.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))
    # Self-employed drivers who take jobs from the firm.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The driver's phone app: sends the GPS trace, the fare and job notes to dispatch.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            fleet=True,
            description="Phone app on drivers' own phones; records the trip and takes notes.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Took the passenger's card payment for the trip; refunds go back through it.
    payments = tm.add(
        tg.ExternalService("Card payment provider", description="Card acquiring and refunds.")
    )

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # The chat back end the passenger app talks to.
    chat = tm.add(
        tg.Endpoint(
            "App chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="phone number and SMS code")},
        )
    )
    # Reads the complaint and the trip, explains the fare, refunds or escalates.
    agent = tm.add(
        tg.Agent(
            "Fare dispute agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(approver="office manager", above="GBP 15 per dispute"),
                c.AuditLogging(),
            },
        )
    )
    # Read-only lookup of one trip and its notes in the dispatch system.
    trip_tool = tm.add(tg.Tool("Trip lookup tool", capabilities={"read"}))
    # Refunds the passenger's card through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Fare refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 15 per refund"),
                c.SecretsManagement(note="provider API key in the vault"),
            },
        )
    )
    # Puts disputes over the agent's limit in the manager's queue.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"write"}))
    # Takes the refund event and adjusts the driver's commission for that trip.
    commission = tm.add(
        tg.Service(
            "Commission adjustment service",
            description="Reduces the driver's commission by the driver's share of the refund.",
        )
    )
    # Cases waiting for the office manager.
    case_queue = tm.add(tg.DataStore("Dispute case queue", stores={dispute_case, manager_decision}))

    with tm.boundary("Dispatch platform", trust=tg.Trust.INTERNAL):
        # The firm's dispatch system: bookings, trips, GPS traces, fares and driver notes.
        dispatch = tm.add(
            tg.DataStore(
                "Dispatch system",
                stores={trip_record, driver_notes},
                controls={c.RBAC()},
            )
        )
        # Drivers' accounts: commission owed, adjustments and weekly statements.
        ledger = tm.add(
            tg.DataStore(
                "Driver accounts ledger",
                stores={commission_adjustment, driver_account},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Decides disputes above the agent's limit.
    manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat, complaint, protocol="https")
tm.flow(chat, passenger, reply, protocol="https")
tm.flow(chat, agent, complaint)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, trip_tool, trip_lookup)
tm.flow(trip_tool, agent, trip_record, driver_notes)
tm.flow(trip_tool, dispatch, trip_lookup)
tm.flow(dispatch, trip_tool, trip_record, driver_notes)

tm.flow(driver, driver_app, driver_notes, label="job notes")
tm.flow(driver_app, dispatch, trip_record, driver_notes, protocol="https")
tm.flow(dispatch, driver_app, driver_account, protocol="https", label="earnings statement")
tm.flow(driver_app, driver, driver_account, label="earnings statement")
tm.flow(ledger, dispatch, driver_account, label="statement data")

tm.flow(agent, refund_tool, refund_request)
tm.flow(refund_tool, agent, refund_result)
tm.flow(refund_tool, payments, refund_instruction, protocol="https")
tm.flow(payments, refund_tool, refund_confirmation, protocol="https")
tm.flow(refund_tool, commission, refund_event)
tm.flow(commission, ledger, commission_adjustment)

tm.flow(agent, escalation_tool, dispute_case)
tm.flow(escalation_tool, case_queue, dispute_case)
tm.flow(case_queue, manager, dispute_case, protocol="https")
tm.flow(manager, case_queue, manager_decision, protocol="https")
tm.flow(manager, payments, manual_refund, protocol="https", label="refund in provider dashboard")
