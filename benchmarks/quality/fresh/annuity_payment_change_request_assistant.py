"""Annuity payment change request assistant: the first design, before any security review.

A life insurer's annuity holders sign in to the customer portal to change their
postal address or the bank account their annuity is paid into. An LLM assistant in
the portal explains the process from the insurer's process guides and fills in the
change request form through a drafting tool; the holder reviews the filled-in form
and submits it. The change request service validates the request, writes it to the
policy administration system and e-mails a confirmation. Holders can also phone
customer service, where staff verify the caller with policy details and key the
change in the back-office console. The monthly annuity payment run pays every
annuity to the bank account on record by a payment file sent to the paying bank.
The LLM is a vendor-hosted model. Controls in this design: portal sign-in with a
one-time SMS code, caller verification questions, staff SSO with MFA, format checks
on bank details, audit logging of changes, and TLS/SFTP on external links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Annuity payment change request assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online and phone changes of address and payout bank account for annuity "
        "holders, with an LLM assistant that fills in the change request."
    ),
)

# ---------------------------------------------------------------- data assets
holder_message = tg.Data("Holder chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Assistant prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far and retrieved process guidance.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
process_guides = tg.Data(
    "Change process guides", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
guide_chunks = tg.Data(
    "Process guide passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
form_fill_call = tg.Data(
    "Change form fill call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="New address and new bank account fields the assistant puts into the form.",
)
form_fill_result = tg.Data(
    "Filled-in form state", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
change_request = tg.Data(
    "Address and bank account change request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
holder_submission = tg.Data(
    "Holder submission of change request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
annuitant_records = tg.Data(
    "Annuitant policy records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Annuitant bank account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_file = tg.Data(
    "Monthly annuity payment file",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_report = tg.Data("Payment status report", sensitivity=tg.Sensitivity.PII, kind="records")
confirmation = tg.Data(
    "Change confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
phone_request = tg.Data(
    "Phoned change details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Caller's policy number, date of birth, new address or bank account.",
)
transcripts = tg.Data("Assistant transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: a retired policyholder receiving a monthly annuity.
    holder = tm.add(tg.Actor("Annuity holder", role="policyholder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted chat model with function calling.",
            controls={c.SupplierAssessment(note="procurement vendor review and DPA")},
        )
    )

with tm.boundary("Paying bank", trust=tg.Trust.PARTNER):
    # The insurer's clearing bank that executes the monthly credit transfers.
    bank = tm.add(
        tg.ExternalService(
            "Paying bank",
            description="Accepts bulk payment files over SFTP and returns status reports.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # The web front door holders sign in to; hosts the chat widget and the form.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(),
            },
        )
    )
    # Explains the process and fills in the change form; the holder submits it.
    assistant = tm.add(
        tg.Agent(
            "Change request assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM-driven assistant that answers questions and drafts the form.",
            controls={
                c.HumanInTheLoop(approver="the signed-in annuity holder submits the form"),
            },
        )
    )
    # The only tool the assistant has: it writes fields into the holder's draft form.
    form_tool = tm.add(
        tg.Tool(
            "Change form drafting tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.LeastPrivilegeTools(note="only the signed-in holder's draft form")},
        )
    )
    # Process guides the assistant retrieves from to explain how changes work.
    guide_index = tm.add(
        tg.VectorStore("Process guide index", stores={guide_chunks, process_guides})
    )
    # Keeps chat transcripts for complaint handling and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=365)},
        )
    )
    # Validates requests from both channels and writes them to policy admin.
    change_service = tm.add(
        tg.Service(
            "Change request service",
            description="Checks formats (postcode, sort code and account number) and applies changes.",
            controls={c.SchemaEnforcement(), c.AuditLogging(retention_days=2555)},
        )
    )
    # Sends the e-mail confirmation of a processed change to the address on file.
    notifier = tm.add(tg.Service("Notification service"))
    # Back-office screen customer service staff use to key phoned changes.
    console = tm.add(
        tg.Service(
            "Customer service console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # System of record for policies, annuitant addresses and payout bank accounts.
    policy_admin = tm.add(
        tg.DataStore(
            "Policy administration system",
            stores={annuitant_records, bank_details},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE, HSM-held keys")},
        )
    )
    # Monthly batch that pays every annuity to the bank account on record.
    payment_run = tm.add(
        tg.Service(
            "Monthly annuity payment run",
            description="Builds the credit transfer file from policy admin on the 25th.",
        )
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Handles phoned requests and keys them into the console.
    agent_staff = tm.add(tg.Actor("Customer service agent", role="customer service staff"))

# ---------------------------------------------------------------- flows
# Online channel: chat, assistant and form
tm.flow(holder, portal, holder_message, holder_submission, protocol="https")
tm.flow(portal, holder, assistant_reply, form_fill_result, protocol="https")
tm.flow(portal, assistant, holder_message)
tm.flow(assistant, portal, assistant_reply)
tm.flow(guide_index, assistant, guide_chunks, label="retrieved guidance")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, form_tool, form_fill_call)
tm.flow(form_tool, assistant, form_fill_result)
tm.flow(form_tool, portal, form_fill_result, label="draft form shown to holder")
tm.flow(assistant, transcript_store, transcripts)
tm.flow(portal, change_service, change_request, holder_submission, label="holder submits")
tm.flow(change_service, portal, annuitant_records, label="current details prefilled")

# Phone channel
tm.flow(
    holder,
    agent_staff,
    phone_request,
    protocol="phone",
    controls={c.Authentication(method="policy number, date of birth and postcode")},
)
tm.flow(agent_staff, console, change_request, protocol="https")
tm.flow(console, agent_staff, annuitant_records, protocol="https")
tm.flow(console, change_service, change_request)
tm.flow(change_service, console, annuitant_records)

# System of record, confirmation and payment
tm.flow(change_service, policy_admin, change_request, bank_details)
tm.flow(policy_admin, change_service, annuitant_records, bank_details)
tm.flow(change_service, notifier, confirmation)
tm.flow(notifier, holder, confirmation, protocol="smtp+starttls")
tm.flow(policy_admin, payment_run, bank_details, annuitant_records)
tm.flow(payment_run, bank, payment_file, protocol="sftp")
tm.flow(bank, payment_run, payment_report, protocol="sftp")
tm.flow(payment_run, policy_admin, payment_report, label="payment status")
