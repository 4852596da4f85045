"""Funeral arrangement chat agent: the first design, before any security review.

A UK funeral director group puts an LLM chat agent on its website so that bereaved
families can start arranging a funeral at any hour. The agent explains the
services and published prices, collects the deceased's and the family's details
into a draft case, books a first meeting with a funeral arranger and sends the
family a payment link for the deposit, which the card payment provider hosts.
Families upload the death certificate and cremation forms through an upload page
reached from a single-use link in the booking e-mail; office staff check them.
The agent runs in the group's cloud account and calls a hosted LLM; the case
management system is a vendor SaaS that arrangers sign in to with SSO and MFA.
Controls in this design: rate limiting on the chat, a step cap on the agent, a
deposit amount the payment tool takes from the price list rather than the model,
encrypted document storage, and role-based access in the case management system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral arrangement chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that starts funeral arrangements, books arrangers "
    "and takes deposits for a funeral director group.",
)

# ---------------------------------------------------------------- data assets
family_message = tg.Data(
    "Family chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the family types: questions, wishes, the deceased's and their own details.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
price_list = tg.Data(
    "Funeral price list and options",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Packages, optional extras and their published prices.",
)
price_query = tg.Data("Price and options query", kind="tool-call")
arrangement_details = tg.Data(
    "Deceased and family details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date and place of death, next of kin, contact details, wishes.",
)
case_reference = tg.Data("Case reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Meeting booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
arranger_diary = tg.Data(
    "Arranger availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking = tg.Data("Arrangement meeting booking", kind="records", sensitivity=tg.Sensitivity.PII)
booking_email = tg.Data(
    "Booking confirmation e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="Meeting time, arranger, and the single-use document upload link.",
)
deposit_request = tg.Data(
    "Deposit link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Case reference and chosen package.",
)
payment_link_request = tg.Data(
    "Payment link creation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_payment = tg.Data(
    "Card payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the payment provider's hosted page.",
)
payment_webhook = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
documents = tg.Data(
    "Death certificate and cremation forms",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Scans and photos of the certificate and the cremation application forms.",
)
document_check = tg.Data(
    "Document check result", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
case_record = tg.Data(
    "Funeral case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved relative or executor who starts the arrangement; anyone can open the chat.
    family = tm.add(tg.Actor("Bereaved family member", role="family"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with; vendor signed a DPA with no training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the deposit payment page and takes the card; we never see card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Payment links and hosted checkout; notifies the case system when paid.",
        )
    )

with tm.boundary("Case management SaaS", trust=tg.Trust.PARTNER):
    # The system of record arrangers work in: cases, diaries, payments received.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_record, arrangement_details, booking, document_check},
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="arranger, office and branch manager roles"),
                c.AuditLogging(note="vendor's record change history"),
            },
        )
    )

with tm.boundary("Group cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget; no sign-in, families are anonymous at first.
    chat = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that talks to the family and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Arrangement chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Explains options and prices, takes details, books a meeting, "
            "sends the deposit link; no staff member reviews each step.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the published packages and prices so the agent quotes the real list.
    price_tool = tm.add(tg.Tool("Price and options lookup", capabilities={"read"}))
    # Creates or updates a draft case with the details the family gave.
    intake_tool = tm.add(
        tg.Tool(
            "Case intake tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="API key can create and update draft cases only"),
                c.SecretsManagement(note="API key in the cloud secrets manager"),
            },
        )
    )
    # Finds a free arranger slot, books it and e-mails the family the confirmation.
    booking_tool = tm.add(
        tg.Tool("Arranger booking tool", capabilities={"read", "write", "send-messages"})
    )
    # Asks the payment provider for a deposit link for the chosen package.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="deposit amount looked up from the price list for the chosen package"
                ),
                c.SecretsManagement(note="provider key in the cloud secrets manager"),
            },
        )
    )
    # Published price list and package options the lookup and payment tools read.
    catalogue = tm.add(tg.DataStore("Price list and options catalogue", stores={price_list}))
    # Keeps every conversation for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Page families upload certificates and forms through, from the e-mailed link.
    upload = tm.add(
        tg.Endpoint(
            "Document upload page",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="single-use upload link e-mailed to the family"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB cap"),
            },
        )
    )

    with tm.boundary("Document storage", trust=tg.Trust.RESTRICTED):
        # Holds uploaded certificates and forms until staff have checked them.
        doc_store = tm.add(
            tg.DataStore(
                "Uploaded document store",
                stores={documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Branch and office network", trust=tg.Trust.INTERNAL):
    # Office staff check each uploaded document against the case.
    office_staff = tm.add(tg.Actor("Arrangement office staff", role="administrator"))
    # Funeral arranger who meets the family and runs the case.
    arranger = tm.add(tg.Actor("Funeral arranger", role="arranger"))

# ---------------------------------------------------------------- flows
tm.flow(family, chat, family_message, protocol="https")
tm.flow(chat, family, agent_reply, protocol="https")
tm.flow(chat, agent, family_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, price_tool, price_query)
tm.flow(catalogue, price_tool, price_list)
tm.flow(price_tool, agent, price_list)

tm.flow(agent, intake_tool, arrangement_details)
tm.flow(intake_tool, cms, arrangement_details, protocol="https")
tm.flow(cms, intake_tool, case_reference, protocol="https")
tm.flow(intake_tool, agent, case_reference)

tm.flow(agent, booking_tool, booking_request)
tm.flow(cms, booking_tool, arranger_diary, protocol="https")
tm.flow(booking_tool, cms, booking, protocol="https")
tm.flow(booking_tool, agent, booking)
tm.flow(booking_tool, family, booking_email, protocol="smtp", label="confirmation e-mail")

tm.flow(agent, payment_tool, deposit_request)
tm.flow(catalogue, payment_tool, price_list, label="deposit for the package")
tm.flow(payment_tool, payments, payment_link_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(family, payments, card_payment, protocol="https", label="hosted checkout")
tm.flow(payments, cms, payment_webhook, protocol="https", label="payment webhook")

tm.flow(family, upload, documents, protocol="https")
tm.flow(upload, doc_store, documents)
tm.flow(doc_store, office_staff, documents, protocol="https")
tm.flow(office_staff, cms, document_check, protocol="https")

tm.flow(arranger, cms, case_record, protocol="https")
tm.flow(cms, arranger, case_record, protocol="https")
