"""School device safety monitor: the first design, before any security review.

A US school district installs our monitoring agent on every school-issued student
laptop. The agent watches browser page text and documents the student writes and
runs a small in-house classifier on the device that flags self-harm, bullying and
adult content. Only flagged snippets leave the laptop: they are posted with the
device's enrollment token to an ingestion API in our cloud. A triage service there
asks a hosted LLM to summarise the context, matches the device to a student from
the district's roster (SIS sync), stores an alert and emails the school counsellor.
Counsellors review alerts in a web dashboard (district SSO, school-scoped roles)
and may phone the student's parents. Classifier updates are pushed to the laptops
from our model update server. The incident database is encrypted at rest with the
cloud provider's KMS. Laptops go home with students and are used on home networks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School device safety monitor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "On-device classification of student laptop activity, with cloud LLM "
        "summaries and alerts to school counsellors."
    ),
)

# ---------------------------------------------------------------- data assets
activity = tg.Data(
    "Browsing and document text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Page text, search terms and document contents a student sees or writes.",
)
verdict = tg.Data(
    "Classifier verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Category (self-harm, bullying, adult) and a confidence score.",
)
snippet = tg.Data(
    "Flagged snippet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Text around the flagged passage, URL or file name, category, device id.",
)
device_token = tg.Data(
    "Device enrollment token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
classifier_artifact = tg.Data(
    "Safety classifier model",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
roster = tg.Data(
    "Student roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student names, schools, device assignments and parent contact details.",
)
llm_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the flagged snippet and surrounding text.",
)
summary = tg.Data("Context summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
alert = tg.Data(
    "Safety alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Student, category, severity, snippet and LLM summary.",
)
alert_email = tg.Data(
    "Alert notification email",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student name, category and a link to the dashboard.",
)
case_notes = tg.Data("Counsellor case notes", kind="records", sensitivity=tg.Sensitivity.REGULATED)
parent_contact = tg.Data(
    "Welfare concern call", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Student laptop",
    trust=tg.Trust.UNTRUSTED,
    description="District-managed, but used by the student at school and at home.",
):
    # The person whose activity is monitored.
    student = tm.add(tg.Actor("Student", role="student"))
    # The school-issued laptops: the browser and document editors the agent watches.
    laptop = tm.add(
        tg.Device(
            "School-issued laptop", fleet=True, description="Chromebooks and Windows laptops."
        )
    )
    # Our agent: browser extension plus file watcher; only flagged text leaves the device.
    monitor = tm.add(
        tg.Service(
            "Monitoring agent",
            description="Extracts text, runs the classifier, uploads flagged snippets.",
            controls={
                c.DataMinimization(note="only snippets above the flag threshold are uploaded")
            },
        )
    )
    # Small on-device model so that raw browsing never goes to the cloud.
    classifier = tm.add(
        tg.Model(
            "On-device safety classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Distilled text classifier for self-harm, bullying and adult content.",
        )
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Serves new classifier versions to the laptop fleet.
    update_server = tm.add(tg.ModelRegistry("Model update server", stores={classifier_artifact}))
    # Receives flagged snippets from every enrolled laptop.
    ingest = tm.add(
        tg.Endpoint(
            "Snippet ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device enrollment token")},
        )
    )
    # Enriches snippets into alerts: roster match, LLM summary, counsellor notification.
    triage = tm.add(
        tg.Service(
            "Alert triage service",
            description="Maps device to student, asks the LLM for a summary, files the alert.",
        )
    )
    # Counsellor-facing web app for reading alerts and recording follow-up.
    dashboard = tm.add(
        tg.Endpoint(
            "Counsellor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="district SSO (OIDC)"),
                c.RBAC(note="counsellors see only students at their own schools"),
            },
        )
    )
    # System of record for alerts, snippets, summaries and case notes.
    incident_db = tm.add(
        tg.DataStore(
            "Incident database",
            stores={alert, snippet, summary, case_notes, roster},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the context summary for counsellors.
    llm = tm.add(
        tg.LLM(
            "Summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API.",
        )
    )

with tm.boundary("School district", trust=tg.Trust.PARTNER):
    # District student information system: who owns which device, parent contacts.
    sis = tm.add(
        tg.DataSource(
            "District student information system",
            origin=tg.Origin.PARTNER,
            provides={roster},
            description="Nightly roster export (OneRoster API).",
        )
    )
    # Receives alerts, decides what to do, may contact parents.
    counsellor = tm.add(tg.Actor("School counsellor", role="counsellor"))

with tm.boundary("Families", trust=tg.Trust.UNTRUSTED):
    # Contacted by the counsellor when a concern is serious.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))

# ---------------------------------------------------------------- flows
# On the laptop
tm.flow(student, laptop, activity, label="browses, writes documents")
tm.flow(laptop, monitor, activity, protocol="local")
tm.flow(monitor, classifier, activity, protocol="local")
tm.flow(classifier, monitor, verdict, protocol="local")

# Laptop to cloud
tm.flow(monitor, ingest, snippet, device_token, protocol="https", label="flagged snippets")
tm.flow(update_server, monitor, classifier_artifact, protocol="https", label="classifier updates")

# Cloud processing
tm.flow(ingest, triage, snippet)
tm.flow(sis, triage, roster, protocol="https", label="nightly roster sync")
tm.flow(triage, llm, llm_prompt, protocol="https")
tm.flow(llm, triage, summary, protocol="https")
tm.flow(triage, incident_db, alert, snippet, summary, roster)
tm.flow(incident_db, dashboard, alert, snippet, summary, case_notes)
tm.flow(dashboard, incident_db, case_notes)

# Counsellors and parents
tm.flow(triage, counsellor, alert_email, protocol="smtp+starttls", label="new alert email")
tm.flow(dashboard, counsellor, alert, snippet, summary, case_notes, protocol="https")
tm.flow(counsellor, dashboard, case_notes, protocol="https")
tm.flow(counsellor, parent, parent_contact, label="phone call")
