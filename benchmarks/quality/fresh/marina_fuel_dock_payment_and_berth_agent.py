"""Marina fuel dock payment and berth agent: the first design, before any security review.

A UK south-coast marina's assistant for visiting boats. Skippers ask for a visitor
berth on WhatsApp or by calling the harbour office on VHF channel 80, where a radio
gateway records the call and an open-weights speech-to-text model transcribes it. An
LLM agent (a vendor-hosted model) reads the request, checks the berth plan and proposes
a berth for the boat's length and draft; the dockmaster confirms or changes every
proposal on a web console before the skipper is told. WhatsApp replies go out directly;
VHF replies are shown on the console for the dockmaster to read out on the radio. At
the fuel dock the attendant keys the litres into the pump till, and the agent sends a
card payment link for the amount on that sale record; card details are typed only on
the payment provider's hosted page. Controls: dockmaster approval of berths, staff
sign-in on the console, TLS on internet links, API keys in the cloud secret manager,
and the managed database's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marina fuel dock payment and berth agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp and VHF berth requests handled by an LLM agent, berths confirmed by the "
        "dockmaster, fuel paid by card payment link."
    ),
)

# ---------------------------------------------------------------- data assets
skipper_message = tg.Data(
    "Skipper message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Berth or fuel request: boat name, length, draft, arrival time, phone number.",
)
vhf_audio = tg.Data(
    "VHF call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The skipper's call to the harbour office on channel 80.",
)
vhf_transcript = tg.Data("VHF call transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply to skipper", kind="model-output", sensitivity=tg.Sensitivity.PII)
berth_call = tg.Data(
    "Berth tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Availability query or a proposed berth for a named boat and dates.",
)
berth_result = tg.Data("Berth tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
berth_plan = tg.Data(
    "Berth plan and bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pontoon berths with lengths and depths, bookings with skipper names and phones.",
)
proposed_berth = tg.Data(
    "Proposed berth assignment", kind="records", sensitivity=tg.Sensitivity.PII
)
berth_confirmation = tg.Data(
    "Dockmaster berth confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
fuel_sale = tg.Data(
    "Fuel sale record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Boat name, pump, litres dispensed, price per litre and total.",
)
payment_call = tg.Data("Payment link tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
link_request = tg.Data(
    "Payment link request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Amount, currency, description and the skipper's phone number.",
)
payment_link = tg.Data("Card payment link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered on the provider's hosted page only.",
)
payment_status = tg.Data(
    "Payment status webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
vhf_reply_draft = tg.Data("VHF reply draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
spoken_reply = tg.Data("Spoken VHF reply", kind="media", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Conversation transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="WhatsApp threads and VHF transcripts with the agent's replies.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and marine radio", trust=tg.Trust.UNTRUSTED):
    # Any visiting boat: reaches us on WhatsApp or VHF, pays on the provider's page.
    skipper = tm.add(tg.Actor("Visiting skipper", role="visiting boat skipper"))

with tm.boundary("WhatsApp Business platform", trust=tg.Trust.PARTNER):
    # Meta's Cloud API: carries WhatsApp messages to and from the marina's number.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Cloud API",
            description="Delivers inbound messages to our webhook, sends our replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the berth agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card payment page; the marina never sees card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Creates hosted payment links and reports their status by webhook.",
        )
    )

with tm.boundary("Marina cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp webhooks, VHF transcripts and payment webhooks.
    intake = tm.add(
        tg.Endpoint(
            "Message intake endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Public HTTPS endpoint for the WhatsApp and payment provider webhooks.",
        )
    )
    # Handles each conversation: understands the request, proposes berths, sends pay links.
    agent = tm.add(
        tg.Agent(
            "Berth and fuel agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.SecretsManagement(
                    note="WhatsApp, LLM and payment API keys in the cloud secret manager"
                )
            },
        )
    )
    # Looks up free berths and writes proposals; a proposal is only a proposal until confirmed.
    berth_tool = tm.add(
        tg.Tool(
            "Berth booking tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="the dockmaster, on the dockmaster console")},
        )
    )
    # Asks the payment provider for a card link for a fuel sale.
    pay_tool = tm.add(
        tg.Tool(
            "Fuel payment link tool",
            capabilities={"read", "money-movement"},
            description=(
                "Creates a card payment link for a fuel sale; the amount is read from the "
                "fuel sale record the attendant keyed at the till."
            ),
        )
    )
    # One managed database for the berth plan, bookings, fuel sales and payment status.
    ops_db = tm.add(
        tg.DataStore(
            "Marina operations database",
            stores={berth_plan, proposed_berth, fuel_sale, payment_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keeps every conversation for disputes and for tuning the prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # The web app where the dockmaster confirms berths and reads out VHF replies.
    console = tm.add(
        tg.Service(
            "Dockmaster console",
            controls={c.Authentication(method="individual staff e-mail and password")},
        )
    )

with tm.boundary("Harbour office LAN", trust=tg.Trust.INTERNAL):
    # Channel 80 receiver with audio capture, on the harbour office PC.
    vhf_gateway = tm.add(
        tg.Service(
            "VHF radio gateway",
            description="Records calls on channel 80 and hands the audio to speech-to-text.",
        )
    )
    # Turns recorded VHF calls into text for the agent.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights transcription model running on the harbour office PC.",
        )
    )
    # The fuel pump till, where each sale's litres and total are recorded.
    till = tm.add(tg.Device("Fuel dock till", fleet=False))
    # Confirms or changes every berth the agent proposes; speaks VHF replies.
    dockmaster = tm.add(tg.Actor("Dockmaster", role="dockmaster", privileged=True))
    # Serves fuel and keys the sale into the till.
    attendant = tm.add(tg.Actor("Fuel dock attendant", role="fuel dock attendant"))

# ---------------------------------------------------------------- flows
# WhatsApp requests and replies
tm.flow(skipper, whatsapp, skipper_message, protocol="https")
tm.flow(whatsapp, intake, skipper_message, protocol="https", label="inbound message webhook")
tm.flow(intake, agent, skipper_message)
tm.flow(agent, whatsapp, agent_reply, payment_link, protocol="https")
tm.flow(whatsapp, skipper, agent_reply, payment_link, protocol="https")

# VHF requests and replies
tm.flow(skipper, vhf_gateway, vhf_audio, protocol="marine vhf")
tm.flow(vhf_gateway, stt, vhf_audio, protocol="local")
tm.flow(stt, intake, vhf_transcript, protocol="https")
tm.flow(intake, agent, vhf_transcript)
tm.flow(agent, console, vhf_reply_draft)
tm.flow(console, dockmaster, vhf_reply_draft, proposed_berth, protocol="https")
tm.flow(dockmaster, skipper, spoken_reply, protocol="marine vhf")

# The agent's reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Berths: proposal by the agent, confirmation by the dockmaster
tm.flow(agent, berth_tool, berth_call)
tm.flow(berth_tool, agent, berth_result)
tm.flow(ops_db, berth_tool, berth_plan, label="free berths")
tm.flow(berth_tool, ops_db, proposed_berth)
tm.flow(ops_db, console, proposed_berth, berth_plan)
tm.flow(dockmaster, console, berth_confirmation, protocol="https")
tm.flow(console, ops_db, berth_confirmation)
tm.flow(console, agent, berth_confirmation, label="confirmed berth to pass on")

# Fuel: sale at the till, card link by the agent, status back from the provider
tm.flow(attendant, till, fuel_sale, label="keyed in at the till")
tm.flow(till, ops_db, fuel_sale, protocol="https")
tm.flow(agent, pay_tool, payment_call)
tm.flow(ops_db, pay_tool, fuel_sale)
tm.flow(pay_tool, payments, link_request, protocol="https")
tm.flow(payments, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, agent, payment_link)
tm.flow(skipper, payments, card_details, protocol="https")
tm.flow(payments, intake, payment_status, protocol="https", label="payment status webhook")
tm.flow(intake, ops_db, payment_status)
