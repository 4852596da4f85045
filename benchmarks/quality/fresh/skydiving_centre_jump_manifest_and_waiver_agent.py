"""Skydiving centre jump manifest and waiver agent: the first design.

A skydiving centre (dropzone) in the EU lets licensed jumpers and tandem
students book slots on the day's aircraft loads by chatting with an agent on
the centre's website. The agent looks up the jumper's record (licence, last
jump, reserve repack date, medical self-declaration), reads photos of licence
and repack cards that jumpers upload and updates the record, books the slot on
the manifest, deducts a prepaid jump ticket and sends the liability waiver for
e-signature through a vendor. The agent runs in the centre's cloud tenancy and
uses an LLM hosted by a vendor. Manifest staff at the dropzone see the loads on
a manifest console and confirm each load sheet before the load is called.
Controls in this design: jumper sign-in and rate limits on the chat endpoint,
TLS to every vendor, staff SSO with MFA and roles on the console, encrypted
jumper records, signed e-signature webhooks and an audit log of agent actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Skydiving centre jump manifest and waiver agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that manifests jumpers on aircraft loads, checks their "
    "currency, deducts jump tickets and collects liability waivers.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Jumper chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Requests such as 'put me on load 4 for a hop-and-pop'.",
)
card_photos = tg.Data(
    "Licence and reserve repack card photos", sensitivity=tg.Sensitivity.PII, kind="media"
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with jumper context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, conversation, card photos and the jumper's record.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
jumper_record = tg.Data(
    "Jumper record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, licence grade and number, last jump date, reserve repack "
    "date, medical self-declaration, emergency contact.",
)
record_update = tg.Data(
    "Licence and repack details update", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
record_query = tg.Data("Jumper record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
slot_booking = tg.Data("Load slot booking", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
manifest = tg.Data(
    "Load manifest",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Loads, aircraft, slot allocation, jump type and exit order.",
)
ticket_deduction = tg.Data(
    "Jump ticket deduction", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
ticket_ledger = tg.Data(
    "Jump ticket balances",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ticket_topup = tg.Data(
    "Ticket block purchase at the desk", sensitivity=tg.Sensitivity.PII, kind="records"
)
waiver_request = tg.Data("Waiver request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
waiver_envelope = tg.Data(
    "Waiver envelope for signature", sensitivity=tg.Sensitivity.PII, kind="documents"
)
signed_waiver = tg.Data(
    "Signed liability waiver",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signature = tg.Data("Jumper e-signature", sensitivity=tg.Sensitivity.PII, kind="records")
load_confirmation = tg.Data(
    "Load sheet confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Licensed jumpers and tandem students booking from their phones.
    jumper = tm.add(tg.Actor("Jumper", role="licensed jumper or tandem student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model that drives the agent and reads card photos.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("E-signature vendor", trust=tg.Trust.PARTNER):
    # Sends the waiver to the jumper, collects the signature, posts back the signed PDF.
    esign = tm.add(tg.ExternalService("E-signature service", provides="generic"))

with tm.boundary("Centre cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only public entry point: the chat widget's backend.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # The LLM agent that plans each booking and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Manifest agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="manifest staff",
                    note="each load sheet is confirmed on the manifest console before "
                    "the load is called",
                ),
                c.AuditLogging(retention_days=365),
                c.SecretsManagement(note="LLM API key in the cloud secret store"),
            },
        )
    )
    # Reads jumper records and writes licence and repack dates read from card photos.
    record_tool = tm.add(tg.Tool("Jumper record tool", capabilities={"read", "write"}))
    # Adds and removes jumpers on loads.
    manifest_tool = tm.add(tg.Tool("Manifest tool", capabilities={"read", "write"}))
    # Deducts one prepaid jump ticket per slot booked.
    ticket_tool = tm.add(tg.Tool("Jump ticket tool", capabilities={"write", "money-movement"}))
    # Asks the e-signature vendor to send the waiver and stores the signed copy.
    waiver_tool = tm.add(
        tg.Tool("Waiver tool", capabilities={"write", "network-egress", "send-messages"})
    )

    with tm.boundary("Centre data tier", trust=tg.Trust.RESTRICTED):
        # System of record for jumpers: licence, currency, medical declaration, waivers.
        records_db = tm.add(
            tg.DataStore(
                "Jumper records database",
                stores={jumper_record, signed_waiver},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Today's loads and who is on them.
        manifest_db = tm.add(tg.DataStore("Manifest database", stores={manifest}))
        # Prepaid jump ticket balances per jumper.
        ledger = tm.add(tg.DataStore("Jump ticket ledger", stores={ticket_ledger}))

with tm.boundary("Dropzone office network", trust=tg.Trust.INTERNAL):
    # Manifest staff at the desk: sell ticket blocks, confirm and call loads.
    staff = tm.add(tg.Actor("Manifest staff", role="manifest staff"))
    # Web console showing the loads; where load sheets are confirmed.
    console = tm.add(
        tg.Service(
            "Manifest console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(jumper, chat, chat_message, card_photos, protocol="https", controls={tls})
tm.flow(chat, jumper, agent_reply, protocol="https", controls={tls})
tm.flow(chat, agent, chat_message, card_photos)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, record_tool, record_query, record_update)
tm.flow(record_tool, agent, jumper_record)
tm.flow(record_tool, records_db, record_update)
tm.flow(records_db, record_tool, jumper_record)

tm.flow(agent, manifest_tool, slot_booking)
tm.flow(manifest_tool, agent, booking_result)
tm.flow(manifest_tool, manifest_db, manifest)
tm.flow(manifest_db, manifest_tool, manifest)

tm.flow(agent, ticket_tool, ticket_deduction)
tm.flow(ticket_tool, agent, booking_result, label="remaining balance")
tm.flow(ticket_tool, ledger, ticket_deduction)
tm.flow(ledger, ticket_tool, ticket_ledger)

tm.flow(agent, waiver_tool, waiver_request)
tm.flow(waiver_tool, agent, booking_result, label="waiver status")
tm.flow(waiver_tool, esign, waiver_envelope, protocol="https", controls={tls})
tm.flow(esign, jumper, waiver_envelope, protocol="https", label="signing link by e-mail")
tm.flow(jumper, esign, signature, protocol="https", controls={tls})
tm.flow(
    esign,
    waiver_tool,
    signed_waiver,
    protocol="https",
    label="completion webhook",
    controls={tls, c.MessageIntegrity(note="vendor HMAC-signed webhook")},
)
tm.flow(waiver_tool, records_db, signed_waiver)

tm.flow(staff, console, load_confirmation, ticket_topup, protocol="https", controls={tls})
tm.flow(console, staff, manifest, protocol="https", controls={tls})
tm.flow(manifest_db, console, manifest)
tm.flow(console, manifest_db, load_confirmation)
tm.flow(console, ledger, ticket_topup)
tm.flow(records_db, console, jumper_record, label="currency and waiver status")
