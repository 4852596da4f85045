"""Organic farm certification: LLM-drafted inspection reports, first design.

An EU organic certification body sends inspectors to the farms it certifies.
After a visit the inspector uploads the checklist, field photos and the farm's
input purchase records (seed, fertiliser and feed invoices) to an upload portal.
A drafting service combines that file with the organic regulation and asks a
hosted LLM to draft the inspection report and list suspected non-conformities.
A certification officer reviews the draft in an internal workbench and alone
decides to grant, maintain or suspend the certificate. Farms sign in to a farm
portal for results and certificates; a publisher job copies each status change
to the public register on our website. Inspectors sign in with SSO and TOTP,
farms with e-mail and password; the stores are encrypted at rest with KMS, and
the LLM vendor was vetted under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organic farm certification inspection LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Inspection uploads, LLM-drafted reports and non-conformities, "
    "officer certification decisions, farm portal and public register.",
)

# ---------------------------------------------------------------- data assets
checklist = tg.Data(
    "Inspection checklist",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Inspector's answers per standard clause, farm operator name and address.",
)
photos = tg.Data(
    "Field and storage photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Photos of fields, stores, labels and livestock housing taken on the visit.",
)
purchases = tg.Data(
    "Farm input purchase records",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Scanned invoices and delivery notes for seed, fertiliser, feed and sprays.",
)
standard_text = tg.Data(
    "Organic regulation text",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="EU organic regulation and the body's own interpretation guidance.",
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the inspection file contents and the relevant clauses.",
)
draft = tg.Data(
    "Draft inspection report and suspected non-conformities",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
decision = tg.Data(
    "Certification decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Grant, maintain or suspend, with the officer's reasons and sanctions.",
)
certificate = tg.Data("Organic certificate", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
farm_result = tg.Data(
    "Farm inspection result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Final report, non-conformities to correct and deadlines.",
)
register_entry = tg.Data(
    "Public register entry",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Farm name, operator, products and certificate status.",
)
register_search = tg.Data("Register search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
farm_login = tg.Data(
    "Farm sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contract inspectors work on the farm and upload over mobile data.
    inspector = tm.add(tg.Actor("Field inspector", role="inspector"))
    # The certified operator: sees its own results and certificates.
    farmer = tm.add(tg.Actor("Farm operator", role="certified operator"))
    # Buyers, retailers and consumers checking whether a farm is certified.
    public = tm.add(tg.Actor("Register visitor", role="public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; drafts, does not decide.
    llm = tm.add(
        tg.LLM(
            "Hosted report-drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Certification cloud", trust=tg.Trust.INTERNAL):
    # Where inspectors hand in the visit file.
    inspection_portal = tm.add(
        tg.Endpoint(
            "Inspection upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with TOTP at every sign-in")},
        )
    )
    # Where farms read their results and download certificates.
    farm_portal = tm.add(
        tg.Endpoint(
            "Farm portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Public, unauthenticated search of certified farms.
    register_site = tm.add(
        tg.Endpoint("Public certified-farm register", purpose=tg.EndpointPurpose.API)
    )
    # Builds the prompt from the inspection file and the standard, calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            description="Triggered when an inspector submits a visit; stores the draft.",
        )
    )
    # Pushes status changes to the public register.
    publisher = tm.add(
        tg.Service(
            "Register publisher job",
            description="Every 15 minutes, copies changed certificate statuses to the register.",
        )
    )
    # Internal tool where the officer reviews drafts and records decisions.
    workbench = tm.add(
        tg.Service(
            "Certification workbench",
            controls={
                c.RBAC(),
                c.HumanInTheLoop(approver="certification officer"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Everything uploaded from a visit.
        file_store = tm.add(
            tg.DataStore(
                "Inspection file store",
                stores={checklist, photos, purchases},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Reference text the drafts are checked against.
        standards = tm.add(tg.DataStore("Organic standards library", stores={standard_text}))
        # Drafts, decisions, certificates and results per farm.
        cert_db = tm.add(
            tg.DataStore(
                "Certification database",
                stores={draft, decision, certificate, farm_result, register_entry},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Staff member who alone decides on certification.
    officer = tm.add(tg.Actor("Certification officer", role="certification staff"))

# ---------------------------------------------------------------- flows
tm.flow(inspector, inspection_portal, checklist, photos, purchases, protocol="https")
tm.flow(inspection_portal, file_store, checklist, photos, purchases)
tm.flow(file_store, drafter, checklist, photos, purchases)
tm.flow(standards, drafter, standard_text)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, cert_db, draft)

tm.flow(cert_db, workbench, draft)
tm.flow(file_store, workbench, checklist, photos, purchases, label="evidence")
tm.flow(workbench, officer, draft, checklist, photos, purchases, protocol="https")
tm.flow(officer, workbench, decision, protocol="https")
tm.flow(workbench, cert_db, decision, certificate, farm_result)

tm.flow(cert_db, farm_portal, farm_result, certificate)
tm.flow(farmer, farm_portal, farm_login, protocol="https", label="sign in")
tm.flow(farm_portal, farmer, farm_result, certificate, protocol="https")

tm.flow(cert_db, publisher, decision)
tm.flow(publisher, register_site, register_entry)
tm.flow(public, register_site, register_search, protocol="https")
tm.flow(register_site, public, register_entry, protocol="https")
