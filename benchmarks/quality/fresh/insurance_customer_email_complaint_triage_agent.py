"""Customer email complaint triage agent: the first design, before any security review.

A UK general insurer receives customer emails in its customer service mailbox on
Microsoft 365. An ingestion service polls the mailbox, turns each email into plain
text and hands it to a triage agent, which uses a hosted LLM to decide whether the
email expresses a complaint under the FCA's complaint-handling rules (DISP). For a
complaint it looks up the customer's policy, opens a case in the complaints case
system and sends the acknowledgement the rules require, by email or by post through
a print-and-mail provider, without waiting for a person; other emails stay in the
mailbox for the service team. Complaints handlers then work the cases. Controls:
staff SSO with MFA, role-based access and encryption at rest on the core systems,
input checks at ingestion, a step limit and audit logging on the agent, the LLM
vendor's content filter and supplier review, a read-only service account for policy
look-ups and schema checks on new cases. Customer data is UK personal data (UK GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insurance customer email complaint triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects complaints in customer emails, opens complaint cases and sends "
    "acknowledgements within the regulatory deadline.",
)

# ---------------------------------------------------------------- data assets
email = tg.Data(
    "Customer email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Subject, body and attachments as the customer sent them; may mention health or claims.",
)
email_text = tg.Data(
    "Normalised email text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Plain-text body, sender address and attachment text extracted by ingestion.",
)
guidelines = tg.Data(
    "Complaint handling guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The DISP complaint definition, examples and the acknowledgement rules.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, guidelines, the email text and earlier tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Complaint / not complaint with reasons, extracted details and the next tool call.",
)
lookup_call = tg.Data(
    "Policy lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Sender e-mail address and any policy number quoted in the email.",
)
policy_record = tg.Data(
    "Policy and customer record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Policyholder name, postal address, contact preference, policy and claim summary.",
)
case_call = tg.Data(
    "Open case call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, policy, complaint summary, category and the received date.",
)
case = tg.Data(
    "Complaint case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The regulatory complaint record: what, when, who, deadlines and outcome.",
)
case_ref = tg.Data("Case reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
letter_call = tg.Data(
    "Acknowledgement request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, customer name, channel (email or post) and address.",
)
send_result = tg.Data("Letter send result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
ack_email = tg.Data(
    "Acknowledgement email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Approved acknowledgement template with the case reference and handler contact.",
)
ack_letter = tg.Data(
    "Acknowledgement letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The same acknowledgement as a PDF for printing and posting.",
)
run_log = tg.Data(
    "Agent run log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Prompts, completions and tool calls for each email processed.",
)
case_work = tg.Data(
    "Case handling updates",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Handlers' notes, reclassification, final response and root cause.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders and anyone else who writes to the published service address.
    customer = tm.add(tg.Actor("Customer", role="policyholder"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The insurer's shared customer service mailbox, hosted by Microsoft.
    mailbox = tm.add(
        tg.ExternalService(
            "Customer service mailbox",
            provides=tg.ExternalCategory.GENERIC,
            description="Exchange Online shared mailbox; read and sent through Microsoft Graph.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that does the reading and classifying for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model in the insurer's cloud subscription, used to classify complaints.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="procurement and data protection review of the vendor"),
            },
        )
    )

with tm.boundary("Print and mail provider", trust=tg.Trust.PARTNER):
    # Prints and posts letters for customers who asked for paper.
    printer = tm.add(
        tg.ExternalService(
            "Print and post service",
            description="Receives PDFs over SFTP, prints and posts them second class.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Polls the mailbox and turns each email into clean text for the agent.
    ingestion = tm.add(
        tg.Service(
            "Email ingestion service",
            description="Polls the mailbox every minute, strips HTML, extracts attachment text.",
            controls={
                c.InputValidation(
                    note="size limits, HTML stripped, only PDF and Office attachments read"
                )
            },
        )
    )
    # Decides complaint or not, and carries out the steps for a complaint.
    agent = tm.add(
        tg.Agent(
            "Complaint triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Classifies each email and, for complaints, looks up the policy, opens a case "
            "and sends the acknowledgement; handlers review cases afterwards.",
            controls={c.CircuitBreaker(max_steps=12), c.AuditLogging(retention_days=730)},
        )
    )
    # Reference text the agent puts in its prompt: what counts as a complaint.
    rules_store = tm.add(tg.DataStore("Complaint handling guidelines store", stores={guidelines}))
    # Finds the customer and policy behind an email.
    lookup_tool = tm.add(
        tg.Tool(
            "Policy lookup tool",
            capabilities={"read"},
            description="Searches the policy administration system by e-mail address or policy number.",
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Opens the regulatory complaint case.
    case_tool = tm.add(
        tg.Tool(
            "Complaint case tool",
            capabilities={"write"},
            description="Creates a complaint case through the case system's API.",
            controls={c.SchemaEnforcement(note="the case API rejects missing or malformed fields")},
        )
    )
    # Sends the acknowledgement by email or post.
    letter_tool = tm.add(
        tg.Tool(
            "Acknowledgement letter tool",
            capabilities={"send-messages"},
            description="Fills the approved acknowledgement template and sends it by email or to the printer.",
        )
    )
    # What the agent saw and did, for each email.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

    with tm.boundary("Core systems", trust=tg.Trust.RESTRICTED):
        # System of record for policies and policyholders.
        policy_admin = tm.add(
            tg.DataStore(
                "Policy administration system",
                stores={policy_record},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # The complaints register the regulator expects.
        case_system = tm.add(
            tg.DataStore(
                "Complaints case system",
                stores={case, case_work},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.Authentication(method="staff SSO with MFA"),
                },
            )
        )

with tm.boundary("Insurer office", trust=tg.Trust.INTERNAL):
    # Works the complaint cases to a final response.
    handler = tm.add(tg.Actor("Complaints handler", role="complaints handler"))

# ---------------------------------------------------------------- flows
# Email in
tm.flow(customer, mailbox, email, protocol="smtp")
tm.flow(mailbox, ingestion, email, protocol="https", label="Graph API poll")
tm.flow(ingestion, agent, email_text)
tm.flow(rules_store, agent, guidelines)

# Reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Policy lookup
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, policy_admin, lookup_call, protocol="https")
tm.flow(policy_admin, lookup_tool, policy_record, protocol="https")
tm.flow(lookup_tool, agent, policy_record)

# Opening the case
tm.flow(agent, case_tool, case_call)
tm.flow(case_tool, case_system, case, protocol="https")
tm.flow(case_system, case_tool, case_ref, protocol="https")
tm.flow(case_tool, agent, case_ref)

# Acknowledgement
tm.flow(agent, letter_tool, letter_call)
tm.flow(letter_tool, agent, send_result)
tm.flow(letter_tool, mailbox, ack_email, protocol="https", label="Graph sendMail")
tm.flow(mailbox, customer, ack_email, protocol="smtp+starttls")
tm.flow(letter_tool, printer, ack_letter, protocol="sftp")
tm.flow(printer, customer, ack_letter, label="printed and posted")

# Record keeping and case handling
tm.flow(agent, log_store, run_log)
tm.flow(handler, case_system, case_work, protocol="https")
tm.flow(case_system, handler, case, case_work, protocol="https")
