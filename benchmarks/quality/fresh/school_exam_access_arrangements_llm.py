"""Exam access arrangements drafting assistant for a secondary school: first design.

The exams officer and the SENCo prepare access arrangement applications (extra
time, a reader, a scribe, a word processor) for GCSE and A-level candidates. An
external specialist assessor e-mails the SENCo a PDF assessment report; subject
teachers enter classroom evidence of each pupil's normal way of working in a web
form. A drafting service in the school's cloud tenant extracts the report text,
adds the pupil's details from the MIS and the school's drafting guidance, and asks
a hosted LLM to draft the application. The exams officer reviews and edits each
draft in the web app and submits it by hand in the awarding bodies' online portal;
nothing is sent to the awarding bodies automatically. Staff sign in with their
school Microsoft 365 accounts, the app grants pages by role, documents are kept
in the tenant's encrypted storage, the LLM vendor was vetted under a signed data
processing agreement and a DPIA covers the processing of pupils' SEN data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School exam access arrangements drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drafts exam access arrangement applications from specialist assessment "
        "reports and teacher evidence, for the exams officer to review and submit."
    ),
)

# ---------------------------------------------------------------- data assets
assessment_report = tg.Data(
    "Specialist assessment report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Assessor's report on a pupil's learning difficulty, test scores and diagnosis.",
)
teacher_evidence = tg.Data(
    "Teacher evidence of normal way of working",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Classroom observations, mock exam timings, support the pupil already gets.",
)
report_text = tg.Data(
    "Extracted report text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
pupil_details = tg.Data(
    "Pupil details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, candidate number, SEN register status, entries.",
)
guidance = tg.Data(
    "Drafting guidance and JCQ regulations",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="System prompt, the school's templates and excerpts of the JCQ rules.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Guidance, pupil details, report text and teacher evidence.",
)
draft = tg.Data(
    "Draft access arrangement application",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved_application = tg.Data(
    "Reviewed application",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data("Awarding body decision", kind="records", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Independent educational psychologist or specialist teacher the parents or school engage.
    assessor = tm.add(tg.Actor("Specialist assessor", role="external assessor"))

with tm.boundary("School network", trust=tg.Trust.INTERNAL):
    # Writes up classroom evidence for the pupils they teach.
    teacher = tm.add(tg.Actor("Subject teacher", role="teacher"))
    # Receives assessors' reports and uploads them against the pupil.
    senco = tm.add(tg.Actor("SENCo", role="special educational needs coordinator"))
    # Owns the applications: requests drafts, edits them and submits them.
    exams_officer = tm.add(tg.Actor("Exams officer", role="exams officer"))

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app staff use, from school or home, to upload evidence and review drafts.
    web_app = tm.add(
        tg.Endpoint(
            "Access arrangements web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="school Microsoft 365 single sign-on"),
                c.RBAC(note="teachers only see the evidence form; SENCo and exams officer see all"),
            },
        )
    )
    # Turns PDF and scanned reports into text for the prompt.
    extractor = tm.add(
        tg.Service(
            "Report text extractor",
            description="PDF text extraction with OCR for scanned reports.",
        )
    )
    # Assembles the prompt, calls the LLM and stores the draft.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            controls={
                c.HumanInTheLoop(approver="exams officer reviews and submits every application"),
                c.ImpactAssessment(basis="public task, Art. 9(2)(g) substantial public interest"),
            },
        )
    )
    # SharePoint library holding the reports and teacher evidence per pupil.
    evidence_library = tm.add(
        tg.DataStore(
            "Evidence library",
            stores={assessment_report, teacher_evidence},
            controls={c.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )
    # Drafts and the reviewed versions the exams officer keeps for JCQ inspection.
    drafts_store = tm.add(
        tg.DataStore(
            "Application drafts store",
            stores={draft, approved_application},
            controls={c.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )
    # Prompt templates and regulation excerpts the SENCo maintains.
    guidance_store = tm.add(tg.DataStore("Drafting guidance", stores={guidance}))

with tm.boundary("MIS vendor cloud", trust=tg.Trust.PARTNER):
    # The school's management information system, the record of pupils and entries.
    mis = tm.add(tg.DataStore("School MIS pupil records", stores={pupil_details, decision}))

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # Staff accounts; the web app signs people in through it.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on school data")},
        )
    )

with tm.boundary("Awarding bodies", trust=tg.Trust.PARTNER):
    # JCQ Access Arrangements Online, where applications are submitted and approved.
    portal = tm.add(tg.ExternalService("Access Arrangements Online portal"))

# ---------------------------------------------------------------- flows
tm.flow(assessor, senco, assessment_report, protocol="smtp+starttls", label="report by e-mail")
tm.flow(senco, web_app, assessment_report, protocol="https", label="upload report")
tm.flow(teacher, web_app, teacher_evidence, protocol="https", label="evidence form")
tm.flow(web_app, evidence_library, assessment_report, teacher_evidence)

tm.flow(web_app, idp, sign_in, protocol="oidc", label="sign-in redirect")
tm.flow(idp, web_app, sign_in, protocol="oidc")

tm.flow(exams_officer, web_app, draft_request, protocol="https", label="request draft")
tm.flow(web_app, drafter, draft_request)
tm.flow(evidence_library, extractor, assessment_report)
tm.flow(extractor, drafter, report_text)
tm.flow(evidence_library, drafter, teacher_evidence)
tm.flow(mis, drafter, pupil_details, protocol="https", label="MIS API")
tm.flow(guidance_store, drafter, guidance)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, drafts_store, draft)

tm.flow(drafts_store, web_app, draft)
tm.flow(web_app, exams_officer, draft, protocol="https", label="review draft")
tm.flow(exams_officer, web_app, approved_application, protocol="https", label="edited and approved")
tm.flow(web_app, drafts_store, approved_application)
tm.flow(exams_officer, portal, approved_application, protocol="https", label="submits by hand")
tm.flow(portal, exams_officer, decision, protocol="https")
tm.flow(exams_officer, mis, decision, protocol="https", label="records approved arrangements")
