"""Youth offending team case summary drafting: the first design, before any security review.

A council's youth offending team (YOT) in England gives its case workers a web
app that drafts summaries of a young person's assessment records (AssetPlus
assessments, case notes, offence details, health, education and safeguarding
information) for pre-sentence and referral order panel reports. The case worker
picks a young person and a report type; a drafting service in the council's cloud
tenant reads the records through the case management system's API, adds the
report template and sends them to a hosted LLM deployment in the UK region, which
returns a draft. Case workers sign in with council single sign-on and MFA, and
only members of the YOT staff group can use the app. Every draft is edited by the
case worker and countersigned by a team manager before it is saved back to the
case record and e-mailed to the court or panel over secure criminal justice
e-mail. A DPIA covers the processing, and drafts and requests are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth offending team case summary drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of assessment-record summaries for YOT court and panel reports.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Draft request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference, report type and the case worker's own instructions.",
)
record_query = tg.Data(
    "Case record query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference and the record types to fetch.",
)
assessments = tg.Data(
    "Assessment records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="AssetPlus assessments, case notes, offence history, health, education "
    "and safeguarding information about children aged 10 to 17.",
)
templates = tg.Data(
    "Report templates and guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pre-sentence and panel report structures and the drafting instructions.",
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Drafting instructions, the template and the full assessment extracts.",
)
llm_draft = tg.Data("LLM draft summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
edited_report = tg.Data(
    "Edited report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The case worker's corrected and completed report text.",
)
sign_off = tg.Data(
    "Manager sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Team manager's countersignature or return-for-changes comments.",
)
audit_events = tg.Data(
    "Audit events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Who requested, viewed, edited and signed off which young person's summary.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Prepares the court and panel reports; the main user.
    case_worker = tm.add(tg.Actor("YOT case worker", role="case worker"))
    # Quality-assures and countersigns every report before it leaves the team.
    team_manager = tm.add(tg.Actor("YOT team manager", role="team manager"))

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app case workers and managers use to request, edit and sign off drafts.
    web_app = tm.add(
        tg.Endpoint(
            "Summary drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(note="YOT staff security group only"),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(
                    approver="the case worker edits each draft and a team manager "
                    "countersigns it before it is saved or sent"
                ),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); criminal offence and special category "
                    "data under DPA 2018 Schedule 1 (statutory purposes)"
                ),
            },
        )
    )
    # Fetches the records, assembles the prompt and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Reads the records of the case reference in the request and builds the prompt.",
            controls={c.AuditLogging(retention_days=2190)},
        )
    )
    # Keeps drafts and edited versions while a report is being prepared.
    drafts_store = tm.add(
        tg.DataStore(
            "Draft report store",
            stores={llm_draft, edited_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Report templates and drafting instructions maintained by the YOT.
    template_store = tm.add(tg.DataStore("Report template library", stores={templates}))
    # Audit trail of who drafted and saw what.
    audit_store = tm.add(tg.DataStore("Audit log store", stores={audit_events}))

with tm.boundary("YOT case management", trust=tg.Trust.RESTRICTED):
    # The case management system's API; the drafting service uses one service account.
    case_api = tm.add(
        tg.Service(
            "Case management API",
            controls={c.Authentication(method="service account client credentials")},
        )
    )
    # System of record for young people's youth justice case files.
    case_db = tm.add(
        tg.DataStore(
            "Youth justice case management system",
            stores={assessments, edited_report},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.RBAC(note="case access by team and role"),
            },
        )
    )

with tm.boundary("Hosted LLM service (UK region)", trust=tg.Trust.PARTNER):
    # Writes the draft summary; no training on our data under the contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM deployment",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model deployed in the council's subscription, "
            "UK region.",
            controls={
                c.Guardrails(note="provider's default content filter"),
                c.SupplierAssessment(
                    note="contract and data-processing terms reviewed in the DPIA"
                ),
            },
        )
    )

with tm.boundary("Criminal justice secure e-mail", trust=tg.Trust.PARTNER):
    # How finished reports reach the youth court and the referral order panel.
    cjsm = tm.add(tg.ExternalService("CJSM secure e-mail"))

# ---------------------------------------------------------------- flows
tm.flow(case_worker, web_app, request, edited_report, protocol="https")
tm.flow(web_app, case_worker, llm_draft, edited_report, protocol="https")
tm.flow(web_app, drafter, request, protocol="https")

tm.flow(drafter, case_api, record_query, protocol="https")
tm.flow(case_api, case_db, record_query)
tm.flow(case_db, case_api, assessments)
tm.flow(case_api, drafter, assessments, protocol="https")
tm.flow(template_store, drafter, templates)

tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, llm_draft, protocol="https")
tm.flow(drafter, drafts_store, llm_draft)

tm.flow(drafts_store, web_app, llm_draft, edited_report)
tm.flow(web_app, drafts_store, edited_report)

tm.flow(web_app, team_manager, edited_report, protocol="https", label="report for countersigning")
tm.flow(team_manager, web_app, sign_off, protocol="https")
tm.flow(web_app, case_api, edited_report, protocol="https", label="save signed-off report")
tm.flow(case_api, case_db, edited_report, id="case-api->case-db:report")

tm.flow(case_worker, cjsm, edited_report, protocol="smtp+starttls", label="send to court or panel")

tm.flow(web_app, audit_store, audit_events)
tm.flow(drafter, audit_store, audit_events)
