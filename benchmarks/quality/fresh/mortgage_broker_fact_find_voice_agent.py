"""Mortgage broker fact-find voice agent: the first design, before any security review.

Clients who book a mortgage appointment are phoned before it by a voice agent. A
scheduler reads appointments from the broker's hosted CRM and has the telephony
provider place the call; the audio is streamed to our agent, which uses a speech
vendor for transcription and synthesis and a hosted LLM to run the conversation.
The agent collects the fact-find (income, debts, property, dependants and family)
and writes it into the client's CRM record through a CRM tool. It can have an
upload link texted to the client, whose payslips and bank statements the upload
portal keeps in a document vault. The adviser reviews it all before the meeting.
Controls: identity questions at the start of the call, TLS, staff SSO with MFA
on the CRM, a scoped CRM tool, tokenised upload links, an encrypted vault.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Mortgage broker fact-find voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Outbound voice agent that gathers a mortgage fact-find into the broker CRM.",
)

# ---------------------------------------------------------------- data assets
appointment = tg.Data(
    "Appointment booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Client name, phone number, appointment time and mortgage purpose.",
)
call_request = tg.Data("Outbound call request", sensitivity=tg.Sensitivity.PII, kind="records")
call_audio = tg.Data("Call audio", sensitivity=tg.Sensitivity.PII, kind="media")
speech_text = tg.Data(
    "Transcribed client speech",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the client said, as text from the speech-to-text service.",
)
reply_text = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_audio = tg.Data("Synthesised reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the fact-find so far and the conversation turns.",
)
completion = tg.Data(
    "LLM reply and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
fact_find = tg.Data(
    "Fact-find answers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Income, employment, debts, outgoings, property details, dependants.",
)
crm_call = tg.Data("CRM tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
crm_result = tg.Data("CRM tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
sms_call = tg.Data("Upload link request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
sms_result = tg.Data(
    "Upload link send status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
upload_link = tg.Data(
    "Upload link text message",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="SMS with a single-client tokenised link to the upload portal.",
)
documents = tg.Data(
    "Payslips and bank statements",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
upload_notice = tg.Data("Document upload notice", sensitivity=tg.Sensitivity.PII, kind="records")
transcript = tg.Data("Call transcript", sensitivity=tg.Sensitivity.PII, kind="logs")
review_edits = tg.Data(
    "Adviser fact-find corrections", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public network", trust=tg.Trust.UNTRUSTED):
    # The client answers the call on their own phone and uploads from it.
    client = tm.add(tg.Actor("Client", role="mortgage client"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Places outbound calls and bridges the call audio to our agent over a media stream.
    telephony = tm.add(
        tg.ExternalService("Telephony gateway", description="Cloud voice platform (SIP/PSTN).")
    )
    # The same vendor's messaging API sends the upload link by SMS.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Real-time speech-to-text and text-to-speech for the call.
    speech = tm.add(
        tg.ExternalService(
            "Speech service",
            provides=tg.ExternalCategory.MODEL_API,
            controls={tg.controls.SupplierAssessment(note="DPA signed, no training on our audio")},
        )
    )
    # Runs the conversation and decides when to save answers or send the link.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA signed, zero data retention tier")},
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The broker's hosted CRM: appointments, client records and fact-finds.
    crm = tm.add(
        tg.DataStore(
            "Broker CRM",
            stores={appointment, fact_find, upload_notice},
            controls={
                tg.controls.Authentication(method="staff SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.EncryptionAtRest(key_management="vendor-managed"),
            },
        )
    )

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Picks up tomorrow's appointments and starts one call per client.
    scheduler = tm.add(tg.Service("Call scheduler"))
    # The voice agent: holds the call, asks the fact-find questions, calls its tools.
    agent = tm.add(
        tg.Agent(
            "Fact-find voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs the whole call unattended; the adviser reviews the result later.",
            controls={
                tg.controls.Authentication(
                    method="client confirms date of birth and postcode before questions"
                ),
                tg.controls.CircuitBreaker(max_steps=200, note="call ends after 45 minutes"),
            },
        )
    )
    # Reads the client's appointment and writes fact-find answers to their CRM record.
    crm_tool = tm.add(
        tg.Tool(
            "CRM fact-find tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="API user limited to the fact-find section of the called client"
                )
            },
        )
    )
    # Asks the SMS gateway to text the client a tokenised upload link.
    sms_tool = tm.add(tg.Tool("Upload link tool", capabilities={"send-messages"}))
    # Web page behind the texted link where clients upload payslips and statements.
    portal = tm.add(
        tg.Endpoint(
            "Document upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="tokenised link plus date of birth"),
                tg.controls.InputValidation(note="PDF and image types only, 20 MB limit"),
            },
        )
    )
    # Full call transcripts, kept for complaints and compliance checks.
    transcripts = tm.add(tg.DataStore("Call transcript store", stores={transcript}))

    with tm.boundary("Document vault", trust=tg.Trust.RESTRICTED):
        # Uploaded payslips and bank statements.
        doc_store = tm.add(
            tg.DataStore(
                "Client document store",
                stores={documents},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Reviews and corrects the fact-find and reads the documents before the meeting.
    adviser = tm.add(tg.Actor("Mortgage adviser", role="adviser"))

# ---------------------------------------------------------------- flows
# setting up the call
tm.flow(crm, scheduler, appointment, protocol="https", label="tomorrow's appointments")
tm.flow(scheduler, telephony, call_request, protocol="https")
tm.flow(scheduler, agent, appointment, label="start call session")

# the call itself
tm.flow(telephony, client, call_audio, reply_audio, protocol="pstn")
tm.flow(client, telephony, call_audio, protocol="pstn")
tm.flow(telephony, agent, call_audio, protocol="wss", label="media stream")
tm.flow(agent, telephony, reply_audio, protocol="wss", label="media stream")
tm.flow(agent, speech, call_audio, reply_text, protocol="wss")
tm.flow(speech, agent, speech_text, reply_audio, protocol="wss")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tools
tm.flow(agent, crm_tool, crm_call)
tm.flow(crm_tool, agent, crm_result)
tm.flow(crm_tool, crm, fact_find, protocol="https", label="write fact-find")
tm.flow(crm, crm_tool, appointment, fact_find, protocol="https", label="read client record")
tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, agent, sms_result)
tm.flow(sms_tool, sms_gateway, upload_link, protocol="https")
tm.flow(sms_gateway, client, upload_link, protocol="sms")
tm.flow(agent, transcripts, transcript)

# document upload
tm.flow(client, portal, documents, protocol="https")
tm.flow(portal, doc_store, documents)
tm.flow(portal, crm, upload_notice, protocol="https")

# adviser review
tm.flow(crm, adviser, fact_find, upload_notice, protocol="https")
tm.flow(adviser, crm, review_edits, protocol="https")
tm.flow(doc_store, adviser, documents, protocol="https", label="view documents")
