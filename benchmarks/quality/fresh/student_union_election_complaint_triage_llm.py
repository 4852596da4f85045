"""Student union election complaint triage: the first design, before any security review.

During the union's annual elections, students submit complaints about candidates
(campaigning breaches, spending, misconduct) through a web form on the union site,
signing in with their university account, and may attach screenshots or photos.
A triage service in the union's cloud tenancy sends each complaint's text, with the
election regulations, to a hosted LLM from a commercial vendor. The LLM sorts the
complaint into a category, suggests which election rule it concerns and drafts a
short summary. The returning officer reads the drafts and the original complaint in
a case dashboard, decides every ruling themselves, and the outcome is e-mailed to
the complainant through the union's e-mail provider. Controls in this design: the
university SSO with MFA for students and staff, TLS on every link, role-based access
and encryption at rest on the case database, and the returning officer's decision on
every complaint. The union is in the UK, so UK GDPR applies to the personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student union election complaint triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-assisted sorting and summarising of election complaints about candidates "
        "for the returning officer, who rules on each complaint."
    ),
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Election complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free text naming the complainant, the candidate and what they are said to have done.",
)
evidence = tg.Data(
    "Complaint evidence attachments",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Screenshots of social media posts, photos of posters, chat logs.",
)
sign_in = tg.Data("University sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
regulations = tg.Data(
    "Election regulations",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the election regulations and the complaint text.",
)
triage_draft = tg.Data(
    "Suggested category, rule and summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The LLM's category, the election rule it suggests and a draft summary.",
)
ruling = tg.Data(
    "Returning officer ruling",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcome_email = tg.Data("Complaint outcome e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any student may complain; candidates and their supporters are students too.
    student = tm.add(tg.Actor("Student complainant", role="student"))

with tm.boundary("University IT", trust=tg.Trust.PARTNER):
    # The university's identity provider: the union does not run its own accounts.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Microsoft Entra ID tenant of the university; MFA enforced for all accounts.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A commercial model behind an API; the union has no model of its own.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model, used through the vendor's API with a union account.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends acknowledgement and outcome messages to complainants.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Union cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web form on the union site where complaints are lodged.
    form = tm.add(
        tg.Endpoint(
            "Complaint form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Holds complaints, drafts and rulings for the whole election period.
    case_db = tm.add(
        tg.DataStore(
            "Complaint case database",
            stores={complaint, triage_draft, ruling},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for uploaded screenshots and photos; the LLM never sees them.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence file store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The current election regulations, uploaded by the returning officer each year.
    rules_store = tm.add(tg.DataStore("Election regulations store", stores={regulations}))
    # Picks up each new complaint, builds the prompt, calls the LLM, stores the draft.
    triage = tm.add(
        tg.Service(
            "Complaint triage service",
            description="Sends the complaint text and the regulations to the LLM and saves its suggestions.",
        )
    )
    # Staff-only web app where the returning officer reads drafts and records rulings.
    dashboard = tm.add(
        tg.Endpoint(
            "Returning officer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the returning officer rules on every complaint"),
            },
        )
    )

with tm.boundary("Union staff network", trust=tg.Trust.INTERNAL):
    # Independent officer (a union staff member) who rules on every complaint.
    returning_officer = tm.add(
        tg.Actor("Returning officer", role="returning officer", privileged=True)
    )
    # Helps the returning officer during the election week; reads the same cases.
    deputy = tm.add(tg.Actor("Deputy returning officer", role="elections staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, sign_in, protocol="oidc", label="sign in")
tm.flow(sso, form, sign_in, protocol="oidc", label="ID token")
tm.flow(student, form, complaint, evidence, protocol="https")
tm.flow(form, case_db, complaint)
tm.flow(form, evidence_store, evidence)

tm.flow(case_db, triage, complaint, label="new complaints")
tm.flow(rules_store, triage, regulations)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, triage_draft, protocol="https")
tm.flow(triage, case_db, triage_draft)

tm.flow(returning_officer, sso, sign_in, protocol="oidc", label="sign in")
tm.flow(deputy, sso, sign_in, protocol="oidc", label="sign in")
tm.flow(sso, dashboard, sign_in, protocol="oidc", label="ID token")
tm.flow(case_db, dashboard, complaint, triage_draft, ruling)
tm.flow(evidence_store, dashboard, evidence)
tm.flow(dashboard, returning_officer, complaint, evidence, triage_draft, protocol="https")
tm.flow(dashboard, deputy, complaint, evidence, triage_draft, protocol="https")
tm.flow(returning_officer, dashboard, ruling, protocol="https", label="records ruling")
tm.flow(returning_officer, dashboard, regulations, protocol="https", label="uploads regulations")
tm.flow(dashboard, rules_store, regulations)
tm.flow(dashboard, case_db, ruling)

tm.flow(dashboard, mailer, outcome_email, protocol="https")
tm.flow(mailer, student, outcome_email, protocol="smtp+starttls")
