"""School admissions appeals summaries: the first design, before any security review.

A local authority's appeals service. Parents who were refused a school place sign
in to the council's appeals portal, fill in the appeal form and upload a statement
and evidence (medical letters, social care or SEN reports, proof of address). A
document service extracts the text; an orchestrator builds a prompt from it and
from the admission authority's case, taken from the admissions system, and asks a
hosted LLM (the council's Azure tenancy, UK region) for a neutral summary of each
case. An appeals clerk reviews and edits every summary in a clerk workspace before
it goes into the bundle that the volunteer independent panel reads on a panel
portal; the panel decides, not the model. The case store is encrypted and
role-based, the council has a DPIA and vendor review, and parents and panel
members get hearing notices by e-mail through GOV.UK Notify.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School admissions appeal summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted, clerk-reviewed case summaries for independent school "
    "admission appeal panels.",
)

# ---------------------------------------------------------------- data assets
appeal_form = tg.Data(
    "Appeal form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent and child names, address, school appealed for, grounds of appeal.",
)
statement = tg.Data(
    "Appeal statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The parent's own account of why the child should be admitted.",
)
evidence = tg.Data(
    "Supporting evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Uploaded PDFs and photos: medical letters, SEN and social care reports, "
    "proof of address.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence_text = tg.Data(
    "Extracted evidence text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Text of the statement and evidence, OCR'd where uploads are scans.",
)
authority_case = tg.Data(
    "Admission authority case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The child's application, ranking against the oversubscription criteria, "
    "home-to-school distance and the school's published admission number.",
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Summarisation instructions with the form, evidence text and authority case.",
)
draft_summary = tg.Data(
    "Draft case summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved_summary = tg.Data(
    "Clerk-approved case summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
panel_bundle = tg.Data(
    "Panel case bundle",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approved summary, the appeal statement, evidence and the authority's case.",
)
panel_decision = tg.Data(
    "Panel decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Upheld or dismissed, with the panel's reasons, recorded by the clerk.",
)
hearing_notice = tg.Data(
    "Hearing notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hearing date, venue and outcome letters sent by e-mail.",
)
receipt = tg.Data(
    "Appeal receipt",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Appeal reference and a copy of what was submitted.",
)
bundle_request = tg.Data("Bundle request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_log = tg.Data(
    "LLM prompt and response log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers lodging an appeal from home.
    parent = tm.add(tg.Actor("Parent or carer", role="appellant"))
    # Volunteer panel members read bundles on their own devices.
    panel_member = tm.add(tg.Actor("Independent appeal panel member", role="panel member"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model in the council's cloud tenancy; the council does not run the weights.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model via Azure OpenAI, UK South region.",
            controls={
                c.SupplierAssessment(
                    note="contract review: no training on council data, UK data residency"
                )
            },
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government e-mail service the council already uses for letters.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", description="Sends e-mail notices."))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public front door for lodging appeals.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Online appeal form and evidence upload, behind the council's "
            "resident account.",
            controls={
                c.Authentication(method="council resident account, e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file, virus scanned"),
            },
        )
    )
    # Turns uploads into text the LLM can read.
    doc_service = tm.add(
        tg.Service(
            "Document text extraction service",
            description="Extracts text from PDFs and runs OCR on scanned letters and photos.",
        )
    )
    # Builds the prompt and stores the draft for the clerk.
    orchestrator = tm.add(
        tg.Service(
            "Case summary orchestrator",
            description="Assembles each case's prompt, calls the LLM and saves the draft.",
            controls={
                c.HumanInTheLoop(
                    approver="the appeals clerk, who reviews and edits every summary "
                    "before it enters the panel bundle"
                ),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); substantial public interest, Art. 9(2)(g)"
                ),
            },
        )
    )
    # Record of every prompt and answer, for complaints and the ombudsman.
    call_log = tm.add(tg.DataStore("LLM call log", stores={llm_log}))
    # Where clerks check drafts, build bundles and record decisions.
    clerk_workspace = tm.add(
        tg.Endpoint(
            "Clerk workspace",
            purpose=tg.EndpointPurpose.API,
            description="Web app for appeals clerks: case list, summary editor, bundle builder.",
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Read-only access for panel members to the bundles of their hearings.
    panel_portal = tm.add(
        tg.Endpoint(
            "Panel portal",
            purpose=tg.EndpointPurpose.API,
            description="Panel members see the bundles for the hearings they sit on.",
            controls={
                c.Authentication(method="individual panel member account, password and SMS code")
            },
        )
    )
    # System of record for appeals: forms, uploads, summaries, bundles, decisions.
    case_store = tm.add(
        tg.DataStore(
            "Appeals case store",
            stores={
                appeal_form,
                statement,
                evidence,
                evidence_text,
                draft_summary,
                approved_summary,
                panel_bundle,
                panel_decision,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Democratic services staff who clerk the appeal hearings.
    clerk = tm.add(tg.Actor("Appeals clerk", role="democratic services clerk"))
    # Existing admissions system that holds applications and offers.
    admissions_system = tm.add(
        tg.DataStore(
            "School admissions system",
            stores={authority_case},
            description="The council's admissions database: applications, rankings, offers.",
        )
    )
    # Admissions officer who prepares the authority's side of each appeal.
    admissions_officer = tm.add(tg.Actor("Admissions officer", role="admissions team"))

# ---------------------------------------------------------------- flows
# lodging an appeal
tm.flow(parent, portal, appeal_form, statement, evidence, protocol="https")
tm.flow(portal, case_store, appeal_form, statement, evidence)
tm.flow(portal, parent, receipt, protocol="https")
tm.flow(case_store, doc_service, statement, evidence)
tm.flow(doc_service, case_store, evidence_text)

# drafting the summary
tm.flow(admissions_officer, admissions_system, authority_case, label="prepares case")
tm.flow(admissions_system, orchestrator, authority_case, protocol="https", label="case export")
tm.flow(case_store, orchestrator, appeal_form, evidence_text)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft_summary, protocol="https")
tm.flow(orchestrator, call_log, llm_log)
tm.flow(orchestrator, case_store, draft_summary)

# clerk review and bundle
tm.flow(clerk, clerk_workspace, approved_summary, panel_decision, protocol="https")
tm.flow(case_store, clerk_workspace, draft_summary, statement, evidence, panel_bundle)
tm.flow(clerk_workspace, clerk, draft_summary, panel_bundle, protocol="https")
tm.flow(clerk_workspace, case_store, approved_summary, panel_bundle, panel_decision)

# panel
tm.flow(panel_member, panel_portal, bundle_request, protocol="https")
tm.flow(case_store, panel_portal, panel_bundle)
tm.flow(panel_portal, panel_member, panel_bundle, protocol="https")

# notices
tm.flow(clerk_workspace, notify, hearing_notice, protocol="https")
tm.flow(notify, parent, hearing_notice, protocol="smtp")
tm.flow(notify, panel_member, hearing_notice, protocol="smtp")
