"""Admissions statement summariser: the first design, before any security review.

A UK university's admissions team wants help with the volume of undergraduate
applications. Applicants write a personal statement and a teacher writes a
reference; both arrive through UCAS with the rest of the application, and a daily
import job loads them into the student record system. A summariser service sends
each statement and reference (with names and contact details stripped) to an LLM
hosted by a vendor and stores a structured summary. Admissions tutors sign in to an
admissions review portal through the university's SSO, read the summary next to the
full statement and reference, and make every offer themselves; decisions go back to
UCAS. Admissions systems staff maintain the prompt template in a repository. The
student record system is encrypted, role-based and audited; the vendor has been
through procurement with a data processing agreement. Nothing screens what the
applicants write before the LLM reads it, and the summaries are not checked.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Admissions personal statement summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries of personal statements and references for admissions tutors.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, qualifications, predicted grades, contextual flags.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
statement = tg.Data(
    "Personal statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text written by the applicant; may mention health, disability or family circumstances.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reference = tg.Data(
    "Academic reference",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text written by the applicant's teacher or adviser.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt_template = tg.Data(
    "Summary prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt and the headings the summary must follow.",
)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template plus the statement and reference, names and contact details removed.",
)
summary = tg.Data(
    "Applicant summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
llm_log = tg.Data("LLM request log", kind="logs", sensitivity=tg.Sensitivity.PII)
review_request = tg.Data(
    "Applicant review request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
offer = tg.Data(
    "Offer decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_in = tg.Data("SSO sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Writes the personal statement; anyone can apply.
    applicant = tm.add(tg.Actor("Applicant", role="prospective student"))
    # Writes the reference in UCAS on the applicant's behalf.
    referee = tm.add(tg.Actor("Referee", role="teacher or adviser"))

with tm.boundary("UCAS", trust=tg.Trust.PARTNER):
    # The national admissions service: where applications are made and offers recorded.
    ucas = tm.add(
        tg.ExternalService(
            "UCAS admissions service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sends applications to the university and receives its decisions.",
        )
    )

with tm.boundary("Microsoft Entra ID", trust=tg.Trust.PARTNER):
    # University single sign-on for staff.
    sso = tm.add(
        tg.ExternalService("University SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the summaries; a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises each statement and reference under fixed headings for tutors.",
            controls={
                c.SupplierAssessment(note="procurement review and DPA; no training on our data")
            },
        )
    )

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # Pulls new and updated applications from UCAS once a day.
    importer = tm.add(
        tg.Pipeline(
            "UCAS import job",
            stage=tg.Stage.INGESTION,
            description="Daily download of applications through UCAS Link.",
        )
    )
    # System of record for applicants and decisions.
    srs = tm.add(
        tg.DataStore(
            "Student record system",
            stores={application, statement, reference, offer},
            controls={
                c.EncryptionAtRest(key_management="database TDE, keys in the data centre HSM"),
                c.RBAC(note="admissions roles per department"),
                c.AuditLogging(),
            },
        )
    )
    # Where the prompt template is edited and versioned.
    prompt_repo = tm.add(tg.DataStore("Prompt template repository", stores={prompt_template}))
    # Builds the prompt for each new application and stores the LLM's summary.
    summariser = tm.add(
        tg.Service(
            "Statement summariser",
            description="Picks up new applications, strips identifiers, calls the LLM, saves the summary.",
            controls={
                c.DataMinimization(note="name, UCAS id and contact details removed from the prompt")
            },
        )
    )
    # Summaries waiting for tutors, keyed by application.
    summary_store = tm.add(tg.DataStore("Summary store", stores={summary}))
    # Every prompt and completion, kept for troubleshooting.
    log_store = tm.add(tg.DataStore("LLM request log store", stores={llm_log}))
    # The web app tutors use to read applications and record decisions.
    portal = tm.add(
        tg.Endpoint(
            "Admissions review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RBAC(note="tutors see their own department's applicants"),
                c.HumanInTheLoop(
                    approver="admissions tutor", note="the tutor makes every offer decision"
                ),
            },
        )
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Reads summaries and full applications and makes the offers.
    tutor = tm.add(tg.Actor("Admissions tutor", role="academic admissions tutor"))
    # Maintains the summariser and its prompt template.
    admin = tm.add(
        tg.Actor("Admissions systems administrator", role="systems administrator", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(applicant, ucas, application, statement, protocol="https")
tm.flow(referee, ucas, reference, protocol="https")
tm.flow(
    ucas,
    importer,
    application,
    statement,
    reference,
    protocol="https",
    label="daily UCAS Link download",
)
tm.flow(importer, srs, application, statement, reference)

tm.flow(srs, summariser, statement, reference, label="new applications")
tm.flow(prompt_repo, summariser, prompt_template)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, summary_store, summary)
tm.flow(summariser, log_store, llm_log)
tm.flow(admin, prompt_repo, prompt_template, protocol="https", label="edits template")

tm.flow(tutor, sso, sign_in, protocol="https")
tm.flow(sso, portal, sign_in, protocol="oidc")
tm.flow(tutor, portal, review_request, offer, protocol="https")
tm.flow(portal, tutor, application, statement, reference, summary, protocol="https")
tm.flow(summary_store, portal, summary)
tm.flow(srs, portal, application, statement, reference)
tm.flow(portal, srs, offer)
tm.flow(srs, ucas, offer, protocol="https", label="decisions upload")
