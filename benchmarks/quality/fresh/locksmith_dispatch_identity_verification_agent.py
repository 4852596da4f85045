"""Locksmith dispatch agent: lockout intake, proof of residence, dispatch and payment.

A US locksmith company answers lockout calls and web requests with an LLM agent.
Calls come in through a cloud telephony provider, which streams transcribed speech
to the agent by webhook; web requests come through the company's booking form.
Before sending anyone to open a door, the agent texts the customer an upload link
and asks for a photo ID and a recent utility bill; a document check tool reads the
images and the agent compares the name and address with the job. Clear cases are
dispatched by the agent to the nearest locksmith's app and a card payment link is
sent through the payment provider; doubtful cases go to a dispatcher's review queue.
The LLM is a hosted multimodal model. Uploads are stored encrypted, the booking form
is rate limited and checks file types, dispatchers sign in with company SSO, and
payment webhooks are verified by their signature.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Locksmith dispatch and identity verification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description=(
        "An LLM agent takes lockout requests, checks proof of residence from uploaded "
        "documents, dispatches a locksmith and takes payment; dispatchers review doubtful cases."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Lockout request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Caller's name, phone, address and situation, from speech or the web form.",
)
call_audio = tg.Data("Call audio and transcript", kind="media", sensitivity=tg.Sensitivity.PII)
id_docs = tg.Data(
    "ID and utility bill images",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Driver's licence or passport photo and a utility bill showing the address.",
)
doc_fields = tg.Data(
    "Extracted document fields",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, document dates and the raw images passed to the model.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Model response", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply to customer", kind="model-output", sensitivity=tg.Sensitivity.PII)
job = tg.Data(
    "Job record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Address, customer, verification outcome, assigned locksmith, price.",
)
doc_check = tg.Data("Document check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
dispatch_order = tg.Data("Dispatch order", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Payment request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_data = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_case = tg.Data("Doubtful case for review", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Dispatcher decision", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever says they are locked out: the resident, or someone pretending to be.
    customer = tm.add(tg.Actor("Customer", role="caller or web visitor"))
    # Contract locksmiths, each with the company's job app on their own phone.
    locksmith = tm.add(tg.Actor("Locksmith", role="field locksmith"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud phone number, speech-to-text and text-to-speech; calls the agent by webhook.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony provider",
            description="Answers the company number, streams transcripts and sends SMS links.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that drives the agent and reads the document images.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card processing; card numbers never reach our servers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Booking form and upload page on the company website.
    web = tm.add(
        tg.Endpoint(
            "Booking and upload web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="upload file type and size checks only"),
            },
        )
    )
    # The LLM agent that runs the whole conversation and decides to dispatch or escalate.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="on-shift dispatcher",
                    note="only for cases the agent itself marks as doubtful",
                ),
                c.AuditLogging(retention_days=180, note="conversations and tool calls"),
            },
        )
    )
    # Uploaded ID and utility bill images, kept for disputes with customers.
    uploads = tm.add(
        tg.DataStore(
            "Document upload bucket",
            stores={id_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the uploaded images for the agent and returns them with OCR'd fields.
    doc_tool = tm.add(tg.Tool("Document check tool", capabilities={"read"}))
    # Creates the job and pushes it to the chosen locksmith's app.
    dispatch_tool = tm.add(tg.Tool("Dispatch tool", capabilities={"write", "send-messages"}))
    # Creates a payment link for the quoted price and reads its status.
    payment_tool = tm.add(tg.Tool("Payment tool", capabilities={"money-movement"}))
    # Jobs, customers and verification outcomes.
    jobs_db = tm.add(tg.DataStore("Job database", stores={job}))

with tm.boundary("Dispatch office", trust=tg.Trust.INTERNAL):
    # Staff who decide the doubtful cases.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # Web console listing escalated cases with the documents and the agent's notes.
    console = tm.add(
        tg.Service(
            "Dispatcher review console",
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )

# ---------------------------------------------------------------- flows
# Intake
tm.flow(customer, telephony, call_audio, label="lockout call")
tm.flow(telephony, agent, request, protocol="https", label="voice webhook")
tm.flow(agent, telephony, reply, protocol="https", label="speech reply and SMS upload link")
tm.flow(telephony, customer, reply, label="voice and SMS")
tm.flow(customer, web, request, id_docs, protocol="https")
tm.flow(web, customer, reply, protocol="https")
tm.flow(web, agent, request)
tm.flow(agent, web, reply)
tm.flow(web, uploads, id_docs)

# Reasoning and document check
tm.flow(agent, llm, prompt, doc_fields, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, doc_tool, doc_check, label="check documents for job")
tm.flow(uploads, doc_tool, id_docs)
tm.flow(doc_tool, agent, doc_fields)

# Dispatch
tm.flow(agent, dispatch_tool, dispatch_order)
tm.flow(dispatch_tool, jobs_db, job)
tm.flow(jobs_db, agent, job, label="job history for address")
tm.flow(dispatch_tool, locksmith, job, protocol="https", label="job push to locksmith app")
tm.flow(locksmith, jobs_db, job, protocol="https", label="arrived / completed")

# Payment
tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_request, protocol="https", label="create payment link")
tm.flow(customer, payments, card_data, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    payment_tool,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked by the SDK")},
)
tm.flow(payment_tool, agent, payment_status)

# Dispatcher review
tm.flow(agent, console, review_case)
tm.flow(uploads, console, id_docs)
tm.flow(console, dispatcher, review_case, id_docs)
tm.flow(dispatcher, console, review_decision)
tm.flow(console, agent, review_decision)
