"""Service booking voice agent for a motorcycle dealer: first design.

Customers ring the dealer's workshop number. The cloud telephony provider answers
and streams the call audio to a voice agent running in the dealer's cloud tenancy;
a hosted speech service turns speech into text and replies back into speech, and a
hosted LLM drives the conversation and decides which tools to call. The agent finds
the caller's customer and bike record in the dealer management system (DMS) by the
calling number, checks parts stock, quotes prices from the workshop's service menu,
and books the bike into the workshop diary, after which a confirmation text is sent
through the telephony provider. Calls it cannot handle are transferred to a service
advisor, who also reads the call transcripts each morning. No payment is taken on
the call. The audio stream runs over secure websockets and all API calls over HTTPS;
the DMS API key is held in the cloud secret manager, the transcript bucket is
encrypted at rest, and the agent is limited to a fixed number of turns per call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorcycle dealer service booking voice agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Phone agent that books motorcycles in for servicing, checks parts stock "
        "and quotes service menu prices."
    ),
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller speech audio", sensitivity=tg.Sensitivity.PII, kind="media")
reply_audio = tg.Data("Agent voice reply", sensitivity=tg.Sensitivity.PII, kind="media")
caller_text = tg.Data("Caller utterance transcript", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply_text = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Conversation prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM reply and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
lookup_call = tg.Data(
    "Customer lookup by calling number", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
customer_record = tg.Data(
    "Customer and bike record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, phone, address, registration, VIN, model and service history.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
stock_query = tg.Data("Parts stock query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
stock_levels = tg.Data("Parts stock levels", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
price_query = tg.Data("Service price query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
service_menu = tg.Data(
    "Service menu price list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Fixed prices per service type and model, plus labour rate.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Service booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
booking = tg.Data(
    "Workshop booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Date, bike, work requested, quoted price and customer contact.",
)
diary_slots = tg.Data(
    "Workshop diary free slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
sms = tg.Data("Booking confirmation text", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the workshop number.
    customer = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers the dealer's number, streams audio to the agent, sends texts, transfers calls.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony provider",
            description="Programmable voice and SMS platform hosting the workshop number.",
        )
    )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Speech-to-text and text-to-speech, so the agent works in text.
    speech = tm.add(
        tg.ExternalService("Hosted speech service", provides=tg.ExternalCategory.MODEL_API)
    )
    # Runs the conversation and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Dealer cloud tenancy", trust=tg.Trust.INTERNAL):
    # The voice agent: holds the call, talks to the speech service and the LLM, runs tools.
    agent = tm.add(
        tg.Agent(
            "Service booking voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books services on the call without a person in the loop.",
            controls={
                c.CircuitBreaker(max_steps=40, note="call is transferred after 40 turns"),
                c.SecretsManagement(note="DMS API key in the cloud secret manager"),
            },
        )
    )
    # Finds who is calling and which bikes they own.
    lookup_tool = tm.add(
        tg.Tool(
            "Customer lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(method="caller's phone number matched to the DMS customer record")
            },
        )
    )
    # Tells the agent whether the parts for a job are on the shelf.
    stock_tool = tm.add(tg.Tool("Parts stock tool", capabilities={"read"}))
    # Reads fixed prices from the service menu for the agent to quote.
    price_tool = tm.add(tg.Tool("Service menu price tool", capabilities={"read"}))
    # Writes the booking to the workshop diary and has the confirmation text sent.
    booking_tool = tm.add(tg.Tool("Workshop booking tool", capabilities={"write", "send-messages"}))
    # The prices the agent is allowed to quote, kept by the service manager.
    menu_store = tm.add(tg.DataStore("Service menu price list", stores={service_menu}))
    # Recordings of what was said, for the advisors' morning review.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript bucket",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("DMS vendor cloud", trust=tg.Trust.PARTNER):
    # The dealer's system of record: customers, bikes, workshop diary and parts stock.
    dms = tm.add(
        tg.DataStore(
            "Dealer management system",
            stores={customer_record, booking, stock_levels, diary_slots},
            description="Hosted DMS reached through its REST API with an API key.",
        )
    )

with tm.boundary("Dealership network", trust=tg.Trust.INTERNAL):
    # Takes transferred calls, reviews transcripts and fixes bookings.
    advisor = tm.add(tg.Actor("Service advisor", role="service advisor"))

# ---------------------------------------------------------------- flows
tm.flow(customer, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, customer, reply_audio, protocol="pstn")
tm.flow(telephony, agent, caller_audio, protocol="wss", label="media stream")
tm.flow(agent, telephony, reply_audio, protocol="wss", label="media stream")

tm.flow(agent, speech, caller_audio, reply_text, protocol="https")
tm.flow(speech, agent, caller_text, reply_audio, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, dms, lookup_call, protocol="https")
tm.flow(dms, lookup_tool, customer_record, protocol="https")
tm.flow(lookup_tool, agent, customer_record)

tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, dms, stock_query, protocol="https")
tm.flow(dms, stock_tool, stock_levels, protocol="https")
tm.flow(stock_tool, agent, stock_levels)

tm.flow(agent, price_tool, price_query)
tm.flow(menu_store, price_tool, service_menu)
tm.flow(price_tool, agent, service_menu)

tm.flow(agent, booking_tool, booking_request)
tm.flow(dms, booking_tool, diary_slots, protocol="https")
tm.flow(booking_tool, dms, booking, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, telephony, sms, protocol="https")
tm.flow(telephony, customer, sms, protocol="sms")

tm.flow(agent, transcript_store, transcripts)
tm.flow(telephony, advisor, caller_audio, protocol="pstn", label="transferred calls")
tm.flow(transcript_store, advisor, transcripts, protocol="https", label="morning review")
tm.flow(advisor, dms, booking, protocol="https", label="amends bookings")
tm.flow(advisor, menu_store, service_menu, protocol="https", label="updates prices")
