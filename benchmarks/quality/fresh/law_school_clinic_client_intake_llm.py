"""Law clinic client intake: the first design, before any security review.

The university's law clinic gives free advice to members of the public. Anyone
can describe their legal problem on a public web form with their contact details.
An intake service stores the submission, looks up the clinic's client and
opposing-party list in the case management system, and sends the enquiry with
those names to a hosted LLM through the vendor's API. The model returns a plain
summary, flags possible conflicts of interest and suggests the area of law. The
result becomes a pending intake in the case management system, where supervising
solicitors and law students review it; only a supervising solicitor can accept a
matter. Staff and students sign in with university SSO with MFA and have
role-based access; the case database is encrypted at rest; the model vendor was
assessed by university procurement under a no-retention agreement; the submitter
gets an acknowledgement e-mail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Law clinic client intake",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public web intake for a university law clinic, with LLM summaries, conflict "
        "flags and area-of-law suggestions reviewed by supervising solicitors."
    ),
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Legal problem enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free-text account of the problem, names of the other side, contact details.",
)
prompt = tg.Data(
    "Intake assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the enquiry text and the candidate client-list matches.",
)
assessment = tg.Data(
    "LLM intake assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary, suggested area of law and possible conflict-of-interest flags.",
)
party_list = tg.Data(
    "Client and opposing-party list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_records = tg.Data(
    "Client case files",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Privileged case notes, documents and advice for current and past clients.",
)
intake_record = tg.Data("Pending intake record", kind="records", sensitivity=tg.Sensitivity.PII)
intake_decision = tg.Data(
    "Intake acceptance decision", kind="records", sensitivity=tg.Sensitivity.PII
)
acknowledgement = tg.Data(
    "Acknowledgement e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
sso_assertion = tg.Data(
    "SSO sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
api_key = tg.Data("Model API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone seeking free legal help; no account is needed to submit.
    public = tm.add(tg.Actor("Member of the public", role="prospective client"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the vendor's API; the clinic runs no model itself.
    llm = tm.add(
        tg.LLM(
            "Hosted intake LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="university procurement review, zero-retention terms")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the acknowledgement to the submitter.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # The public intake form, hosted on the university's web platform.
    form = tm.add(
        tg.Endpoint(
            "Intake web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="required fields and length limits")},
        )
    )
    # Stores the submission, builds the prompt, calls the model, files the result.
    intake = tm.add(
        tg.Service(
            "Intake service",
            controls={c.SecretsManagement(note="model API key in the university vault")},
        )
    )
    # Raw submissions and the model's assessment, kept until the intake is decided.
    submissions = tm.add(tg.DataStore("Intake submissions store", stores={enquiry, assessment}))
    # The clinic's case management system, where intake is reviewed and matters opened.
    cms = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="supervising solicitor"),
            },
        )
    )
    # The clinic's database of clients, opposing parties and case files.
    case_db = tm.add(
        tg.DataStore(
            "Clinic case database",
            stores={case_records, party_list, intake_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # University single sign-on used by the clinic's staff and students.
    idp = tm.add(tg.ExternalService("University identity provider", provides="identity-provider"))
    # Qualified solicitors who supervise the clinic and accept or decline matters.
    solicitor = tm.add(tg.Actor("Supervising solicitor", role="supervising solicitor"))
    # Law students who prepare the intake review under supervision.
    student = tm.add(tg.Actor("Law student", role="student adviser"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(public, form, enquiry, protocol="https", controls={tls})
tm.flow(form, intake, enquiry)
tm.flow(intake, submissions, enquiry, assessment)
tm.flow(intake, cms, enquiry, label="conflict search by names")
tm.flow(cms, case_db, enquiry, label="name search")
tm.flow(case_db, cms, party_list, label="candidate matches")
tm.flow(cms, intake, party_list, label="candidate matches")
tm.flow(intake, llm, prompt, api_key, protocol="https", controls={tls})
tm.flow(llm, intake, assessment, protocol="https", controls={tls})
tm.flow(intake, cms, intake_record, assessment, label="file pending intake")
tm.flow(cms, case_db, intake_record, assessment)
tm.flow(intake, mailer, acknowledgement, protocol="https", controls={tls})
tm.flow(mailer, public, acknowledgement, protocol="smtp")

tm.flow(idp, cms, sso_assertion, protocol="saml")
tm.flow(case_db, cms, case_records, intake_record)
tm.flow(cms, student, intake_record, assessment, case_records, protocol="https", controls={tls})
tm.flow(student, cms, intake_record, protocol="https", controls={tls}, label="intake notes")
tm.flow(cms, solicitor, intake_record, assessment, case_records, protocol="https", controls={tls})
tm.flow(solicitor, cms, intake_decision, protocol="https", controls={tls})
tm.flow(cms, case_db, intake_decision, case_records)
