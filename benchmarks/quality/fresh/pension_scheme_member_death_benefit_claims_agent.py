"""Pension scheme death benefit claims agent: the first design, before any security review.

The administrator's claims team handles death benefits. A death reaches us from the
registrar's Tell Us Once service or from a relative, who uploads the death
certificate and a claim form (with the bank details to pay) through the claims
portal. An LLM agent, whose model a vendor hosts, reads the documents, looks up the
member record and nomination (expression of wish) forms in the pensions
administration system, and drafts a payment recommendation into case management.
Staff with the trustees' delegated authority approve each payment there; the
payments service sends the BACS file to the scheme's bank. Controls: portal sign-in
by claim reference and e-mail code, upload file checks, TLS, staff SSO with MFA,
role-based access, encryption at rest, an agent step limit and audit log, and
human approval of every payment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension death benefit claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting death benefit payment recommendations for trustee-delegated approval.",
)

# ---------------------------------------------------------------- data assets
death_certificate = tg.Data(
    "Death certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scan or photo of the certified copy, uploaded by a relative.",
)
claim_form = tg.Data(
    "Death benefit claim form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Claimant's details, relationship to the member and the account to pay.",
)
bank_details = tg.Data(
    "Beneficiary bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
death_notification = tg.Data(
    "Tell Us Once death notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, NI number and date of death of the deceased.",
)
acknowledgement = tg.Data("Claim acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
member_record = tg.Data(
    "Member record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Service history, benefits, marital status and spouse details.",
)
nominations = tg.Data(
    "Nomination forms",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Expression of wish forms naming who the member wanted to benefit.",
)
lookup_call = tg.Data("Member lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data("Member lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Claim prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, extracted document text and the member's record.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Payment recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed beneficiaries, amounts and reasoning, with the documents relied on.",
)
approval = tg.Data("Payment approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_instruction = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
benefit_update = tg.Data("Benefit paid update", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved relative or executor who claims the benefit.
    relative = tm.add(tg.Actor("Relative of deceased member", role="claimant"))

with tm.boundary("Government services", trust=tg.Trust.PARTNER):
    # The registrar's Tell Us Once service tells the scheme when a member dies.
    tell_us_once = tm.add(
        tg.ExternalService("Tell Us Once service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the recommendation; hosted under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA and no-training terms agreed")},
        )
    )

with tm.boundary("Scheme bank", trust=tg.Trust.PARTNER):
    # The scheme's bank makes the BACS payments to beneficiaries.
    bank = tm.add(tg.ExternalService("Scheme bank"))

with tm.boundary("Administrator cloud", trust=tg.Trust.INTERNAL):
    # Where relatives upload claims; no account needed, a claim reference is posted out.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="claim reference from our letter plus e-mail one-time code"
                ),
                c.InputValidation(note="PDF and image types only, 20 MB limit"),
            },
        )
    )
    # Keeps the uploaded documents for the claim file.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={death_certificate, claim_form},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that works each claim up to a recommendation.
    agent = tm.add(
        tg.Agent(
            "Death claims agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Read-only lookup of the member record and nominations.
    member_tool = tm.add(tg.Tool("Member record lookup", capabilities={"read"}))
    # Writes the draft recommendation onto the claim case.
    case_tool = tm.add(tg.Tool("Case recommendation writer", capabilities={"write"}))

with tm.boundary("Administrator data centre", trust=tg.Trust.RESTRICTED):
    # The scheme's system of record for members and their benefits.
    admin_system = tm.add(
        tg.DataStore(
            "Pensions administration system",
            stores={member_record, nominations},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="on-premises HSM")},
        )
    )
    # Claim cases, recommendations and approvals; delegated staff work here.
    case_mgmt = tm.add(
        tg.DataStore(
            "Case management system",
            stores={recommendation, bank_details, approval},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Builds the payment file from approved cases and sends it to the bank.
    payments = tm.add(
        tg.Service(
            "Benefit payments service",
            controls={c.HumanInTheLoop(approver="trustees' delegated staff")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff to whom the trustees have delegated approval of death benefit payments.
    delegated_staff = tm.add(
        tg.Actor(
            "Trustee delegated approver",
            role="benefits approver",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

tm.flow(relative, portal, death_certificate, claim_form, protocol="https", controls=tls)
tm.flow(portal, relative, acknowledgement, protocol="https", controls=tls)
tm.flow(portal, doc_store, death_certificate, claim_form)
tm.flow(tell_us_once, agent, death_notification, protocol="https", label="death notification")

tm.flow(doc_store, agent, death_certificate, claim_form)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, member_tool, lookup_call)
tm.flow(member_tool, admin_system, lookup_call)
tm.flow(admin_system, member_tool, member_record, nominations)
tm.flow(member_tool, agent, lookup_result)

tm.flow(agent, case_tool, recommendation, bank_details)
tm.flow(case_tool, case_mgmt, recommendation, bank_details)

tm.flow(case_mgmt, delegated_staff, recommendation, bank_details, protocol="https")
tm.flow(delegated_staff, case_mgmt, approval, protocol="https")
tm.flow(case_mgmt, payments, approval, bank_details, label="approved cases")
tm.flow(payments, bank, payment_instruction, protocol="sftp", label="BACS payment file")
tm.flow(bank, payments, payment_confirmation, protocol="sftp")
tm.flow(payments, admin_system, benefit_update)
