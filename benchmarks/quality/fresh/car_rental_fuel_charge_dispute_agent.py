"""Fuel and damage charge dispute agent for a car-rental website: the first design.

Customers who dispute a fuel or damage charge open the chat on our website and
sign in with their booking reference and surname. An LLM agent, using a model
hosted by an EU vendor, reads the rental agreement and the return-inspection
photos (taken by branch staff on a handheld app) from our rental systems, and
the fuel level at pick-up and return from the telematics provider, then explains
the charge. It can refund a fuel charge of up to 80 EUR through the payment
provider's refund API; the refund tool refuses anything larger. Bigger refunds
and every damage dispute are handed to a claims handler as a case in the claims
system. The chat API is rate limited, the agent's steps are capped, transcripts
are stored encrypted, and all external calls go over HTTPS. Customers are in
the EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car rental charge dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chat agent that explains fuel and damage charges and refunds small "
        "fuel charges, handing larger refunds and damage disputes to claims handlers."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Booking reference and surname",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
)
message = tg.Data("Customer message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with rental context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, agreement terms, photos and fuel readings.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text and tool calls chosen by the model.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
agreement = tg.Data(
    "Rental agreement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer, vehicle, fuel policy, charges applied at return.",
)
photos = tg.Data(
    "Return inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fuel = tg.Data(
    "Telematics fuel readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fuel level at pick-up and return for the booked vehicle.",
)
refund = tg.Data(
    "Fuel charge refund request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Original charge id and amount to refund to the card used.",
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case = tg.Data(
    "Dispute case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking, disputed charge, conversation summary and the agent's assessment.",
)
outcome = tg.Data("Claim outcome", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Renters disputing a charge after the rental.
    customer = tm.add(tg.Actor("Customer", role="renter"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted in the vendor's EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model; reads the inspection photos too.",
            controls={
                c.SupplierAssessment(note="EU data processing agreement, no training on inputs")
            },
        )
    )

with tm.boundary("Telematics provider", trust=tg.Trust.PARTNER):
    # Fleet telematics: fuel level history per vehicle.
    telematics = tm.add(
        tg.ExternalService("Telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Our card acquirer's API; refunds go back to the card charged.
    payments = tm.add(tg.ExternalService("Payment provider refund API"))

with tm.boundary("Customer service cloud", trust=tg.Trust.INTERNAL):
    # The website chat's backend; the only part customers reach.
    chat = tm.add(
        tg.Endpoint(
            "Dispute chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and surname"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that explains charges and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Charge dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.HumanInTheLoop(
                    approver="claims handler",
                    above="EUR 80 per refund; all damage disputes",
                ),
            },
        )
    )
    # Reads the agreement and inspection photos for the signed-in booking.
    records_tool = tm.add(
        tg.Tool(
            "Rental records tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Fetches pick-up and return fuel levels for the rented vehicle.
    fuel_tool = tm.add(tg.Tool("Fuel reading tool", capabilities={"read", "network-egress"}))
    # Issues fuel-charge refunds through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Fuel refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 80 per refund"),
                c.SecretsManagement(note="payment API key in the cloud secret store"),
            },
        )
    )
    # Opens a case for a claims handler when the agent may not decide.
    handoff_tool = tm.add(tg.Tool("Claims handoff tool", capabilities={"write"}))
    # Conversation history kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Rental core systems", trust=tg.Trust.RESTRICTED):
        # System of record for bookings, agreements and charges.
        rental_system = tm.add(tg.DataStore("Rental management system", stores={agreement}))
        # Photos uploaded by branch staff at vehicle return.
        photo_store = tm.add(
            tg.DataStore(
                "Inspection photo store",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Queue of disputes for claims handlers.
        claims_system = tm.add(tg.DataStore("Claims case system", stores={case, outcome}))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Branch staff photograph the car at return with a handheld app.
    inspector = tm.add(tg.Actor("Return inspection staff", role="branch staff"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides larger refunds and all damage disputes.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(customer, chat, sign_in, message, protocol="https")
tm.flow(chat, customer, reply, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Reading the facts of the charge
tm.flow(agent, records_tool, tool_call)
tm.flow(records_tool, rental_system, tool_call, label="agreement lookup")
tm.flow(rental_system, records_tool, agreement)
tm.flow(records_tool, photo_store, tool_call, label="photo lookup")
tm.flow(photo_store, records_tool, photos)
tm.flow(records_tool, agent, agreement, photos)
tm.flow(agent, fuel_tool, tool_call)
tm.flow(fuel_tool, telematics, tool_call, protocol="https")
tm.flow(telematics, fuel_tool, fuel, protocol="https")
tm.flow(fuel_tool, agent, fuel)
tm.flow(inspector, photo_store, photos, protocol="https", label="handheld app upload")

# Refunds
tm.flow(agent, refund_tool, refund)
tm.flow(refund_tool, payments, refund, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)

# Handoff to claims
tm.flow(agent, handoff_tool, case)
tm.flow(handoff_tool, claims_system, case)
tm.flow(claims_system, handler, case, protocol="https")
tm.flow(handler, claims_system, outcome, protocol="https")
