"""Scaffold handover certificate checker: the first design, before any security review.

A building contractor receives scaffolds from scaffolding subcontractors on its sites.
When a scaffold is finished, the subcontractor's scaffolder signs in to a web upload
portal and uploads the handover certificate (PDF) and photos of the scaffold. A check
service fetches the scaffold's design drawing from the project's common data
environment (a SaaS CDE), sends the certificate, photos and drawing to a hosted
multimodal LLM, and asks it to compare the stated loading class and tie pattern with
the design and list any gaps. The site manager reviews the flagged gaps in a dashboard
(company single sign-on) and decides whether the scaffold may be used; the LLM only
advises. The scaffolder is e-mailed the gaps to fix. Every certificate, check result
and decision is kept in a handover register, from which the site manager prints the
records pack for the health and safety inspector on a site visit. Everything we run
sits in the contractor's cloud tenancy; the LLM vendor was vetted under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scaffold handover certificate checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM check of scaffold handover certificates against the design drawing; "
        "the site manager decides whether the scaffold may be used."
    ),
)

# ---------------------------------------------------------------- data assets
certificate = tg.Data(
    "Scaffold handover certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF with scaffold ref, loading class, tie pattern, scaffolder name, CISRS card no. and signature.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Scaffold photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Phone photos of ties, boards, guardrails and base plates; workers may be in shot.",
)
drawing = tg.Data(
    "Scaffold design drawing",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temporary works design: loading class, tie pattern and spacing, bay layout.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
check_prompt = tg.Data(
    "Certificate check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, certificate pages, photos and drawing extract.",
)
gap_report = tg.Data(
    "LLM gap flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mismatches found between certificate, photos and design, with reasons.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handover_decision = tg.Data(
    "Handover decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site manager's accept / reject / accept-with-restrictions, name and time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handover_record = tg.Data(
    "Scaffold handover record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Certificate, photos, gap flags and decision kept together per scaffold.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
gap_notice = tg.Data("Gap notice e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
records_pack = tg.Data(
    "Inspection records pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Handover certificates and decisions for the scaffolds on site.",
)
sso_token = tg.Data("Staff SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The subcontractor's scaffolder who erected the scaffold and signs it off.
    scaffolder = tm.add(tg.Actor("Subcontractor scaffolder", role="subcontractor"))
    # Regulator's inspector who asks to see the scaffold records on a site visit.
    inspector = tm.add(tg.Actor("Health and safety inspector", role="regulator"))

with tm.boundary("Contractor staff", trust=tg.Trust.INTERNAL):
    # Decides whether the scaffold can be used; accountable for the handover.
    site_manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The company's SSO tenant; site managers sign in through it.
    idp = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))

with tm.boundary("CDE vendor", trust=tg.Trust.PARTNER):
    # The project's common data environment where the temporary works designs live.
    cde = tm.add(
        tg.ExternalService(
            "Common data environment",
            provides="data-provider",
            description="SaaS drawing register for the project; read through its API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the certificate, photos and drawing.
    llm = tm.add(
        tg.LLM(
            "Certificate check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Compares loading class and tie pattern with the design and lists gaps.",
            controls={c.SupplierAssessment(note="vendor vetted; DPA with no training on our data")},
        )
    )

with tm.boundary("Contractor cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where scaffolders upload their certificate and photos from site.
    upload_portal = tm.add(
        tg.Endpoint(
            "Handover upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password per subcontractor user"),
                c.InputValidation(note="PDF and JPEG only, 20 MB per file"),
            },
        )
    )
    # Object storage for the uploaded certificates and photos.
    evidence_store = tm.add(
        tg.DataStore(
            "Handover evidence store",
            stores={certificate, photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Gathers the evidence and the design, calls the LLM, files the result.
    check_service = tm.add(
        tg.Service(
            "Certificate check service",
            description="Builds the check prompt, calls the LLM and stores the gap flags.",
            controls={
                c.HumanInTheLoop(approver="site manager", note="LLM flags are advisory only"),
            },
        )
    )
    # Register of every handover: the record kept for the inspector.
    register = tm.add(
        tg.DataStore(
            "Handover register",
            stores={handover_record, gap_report, handover_decision},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(note="who decided what and when"),
            },
        )
    )
    # Where the site manager reviews flags and records the decision.
    dashboard = tm.add(
        tg.Endpoint(
            "Site manager dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="site managers see their own projects"),
            },
        )
    )
    # Sends the scaffolder the list of gaps to put right.
    notifier = tm.add(tg.Service("Gap notification service"))

# ---------------------------------------------------------------- flows
tm.flow(scaffolder, upload_portal, certificate, photos, protocol="https")
tm.flow(upload_portal, evidence_store, certificate, photos, protocol="https")
tm.flow(evidence_store, check_service, certificate, photos, protocol="https")
tm.flow(cde, check_service, drawing, protocol="https", label="design lookup by scaffold ref")
tm.flow(check_service, llm, check_prompt, protocol="https")
tm.flow(llm, check_service, gap_report, protocol="https")
tm.flow(check_service, register, gap_report, handover_record, protocol="postgresql")
tm.flow(check_service, notifier, gap_report)
tm.flow(notifier, scaffolder, gap_notice, protocol="smtp")

tm.flow(idp, dashboard, sso_token, protocol="https")
tm.flow(site_manager, dashboard, handover_decision, protocol="https")
tm.flow(dashboard, site_manager, gap_report, certificate, photos, protocol="https")
tm.flow(register, dashboard, gap_report, handover_record, protocol="postgresql")
tm.flow(evidence_store, dashboard, certificate, photos, protocol="https")
tm.flow(dashboard, register, handover_decision, protocol="postgresql")
tm.flow(dashboard, site_manager, records_pack, protocol="https", label="records pack export")
tm.flow(site_manager, inspector, records_pack, label="printed pack handed over at site visit")
