"""Canal trust towpath defect reports with LLM photo triage: the first design.

Members of the public report towpath and waterway defects (a collapsed bank,
a fallen tree, a broken lock-gate handrail, exposed cables) on the trust's
website, with a description, a map pin and up to three photos; a name and
e-mail address are optional. A triage service sends each report and its photos
to a hosted multimodal LLM, which rates the hazard and suggests a defect
category; the service then looks up the waterway section for the map pin and
routes the report to that section's waterway supervisor, with a push
notification to their phone. Supervisors inspect, update and close reports in a
phone app, and the reporter gets an e-mail when the report is closed. Everything
runs in the trust's cloud tenancy; the website is anonymous but rate-limited and
checks uploads, supervisors sign in through the trust's Entra ID with MFA, and
the triage service logs every routing decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal trust towpath defect report triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public towpath defect reports with photos, triaged by hazard with an "
    "LLM and routed to the responsible waterway supervisor.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Defect report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Description, map pin, optional reporter name and e-mail.",
)
photos = tg.Data(
    "Defect photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Phone photos of the defect; often show boaters, walkers and boat names.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Hazard guidance, the report text and its photos.",
)
hazard_triage = tg.Data(
    "Hazard triage",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Hazard level (urgent / high / routine) and defect category.",
)
sections = tg.Data(
    "Waterway sections and supervisor assignments",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
assigned_report = tg.Data(
    "Assigned defect report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
routing_log = tg.Data("Routing decision log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
push = tg.Data("New report notification", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
closure = tg.Data(
    "Report closure update",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Status, work notes and an optional after photo.",
)
reporter_email = tg.Data("Report closed e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
sign_in = tg.Data("Supervisor sign-in token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Walkers, boaters, anglers and cyclists who spot defects; anyone can report.
    public = tm.add(tg.Actor("Member of the public", role="reporter"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Supervisors work along the canal, on mobile data.
    supervisor = tm.add(tg.Actor("Waterway supervisor", role="supervisor"))
    # Trust-issued phones running the supervisor app.
    supervisor_app = tm.add(tg.Device("Supervisor phone app"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads photos and text and rates the hazard; no in-house vision model.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="zero data retention terms checked at contract")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The trust's Microsoft Entra ID tenant, used for staff sign-in.
    idp = tm.add(tg.ExternalService("Entra ID", provides="identity-provider"))
    # Push notifications to phones and e-mail to reporters.
    notifier = tm.add(tg.ExternalService("Notification service"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public report form with map and photo upload.
    website = tm.add(
        tg.Endpoint(
            "Defect report website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per IP address"),
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB per photo, text length limits"),
            },
        )
    )
    # Blob storage for uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sends each new report to the LLM and routes it by hazard and section.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={c.AuditLogging(retention_days=365, note="every routing decision")},
        )
    )
    # GIS lookup of canal sections to the supervisor responsible for each.
    sections_db = tm.add(tg.DataStore("Waterway section map", stores={sections}))
    # Reports, their triage and status through to closure.
    report_db = tm.add(
        tg.DataStore(
            "Defect report database",
            stores={report, assigned_report, routing_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Back end for the supervisor app.
    supervisor_api = tm.add(
        tg.Endpoint(
            "Supervisor API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="supervisors see the reports of their own sections"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(public, website, report, photos, protocol="https", controls=tls)
tm.flow(website, public, report, protocol="https", controls=tls, label="confirmation page")
tm.flow(website, photo_store, photos)
tm.flow(website, report_db, report)
tm.flow(website, triage, report, label="new report")

tm.flow(photo_store, triage, photos)
tm.flow(triage, llm, triage_prompt, protocol="https", controls=tls)
tm.flow(llm, triage, hazard_triage, protocol="https", controls=tls)
tm.flow(sections_db, triage, sections, label="section lookup by map pin")
tm.flow(triage, report_db, assigned_report, routing_log)
tm.flow(triage, notifier, push, protocol="https", controls=tls)
tm.flow(notifier, supervisor_app, push, protocol="https")

tm.flow(supervisor, supervisor_app, closure)
tm.flow(supervisor_app, idp, sign_in, protocol="https", controls=tls)
tm.flow(idp, supervisor_app, sign_in, protocol="https", controls=tls)
tm.flow(supervisor_app, supervisor_api, closure, sign_in, protocol="https", controls=tls)
tm.flow(supervisor_api, supervisor_app, assigned_report, photos, protocol="https", controls=tls)
tm.flow(supervisor_app, supervisor, assigned_report, photos)
tm.flow(report_db, supervisor_api, assigned_report)
tm.flow(photo_store, supervisor_api, photos)
tm.flow(supervisor_api, report_db, closure)
tm.flow(supervisor_api, notifier, reporter_email, protocol="https", controls=tls)
tm.flow(notifier, public, reporter_email, protocol="smtp")
