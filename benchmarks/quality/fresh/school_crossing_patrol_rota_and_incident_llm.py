"""School crossing patrol rota and incident assistant: the first design, before review.

A county council's road safety team employs about 120 part-time school crossing
patrol officers across 90 school sites. Officers use a council phone app to record
their availability and to report incidents at their crossing (drivers failing to
stop, near misses, verbal abuse), typing a short account and attaching photos.
A rota service in the council's cloud tenancy combines availability with absence
records from the HR system and asks a vendor-hosted LLM to draft next week's cover
rota and to summarise new incident reports for the road safety coordinator.
The coordinator reviews both in a web console; a rota goes out to officers by SMS
only after the coordinator approves it, and the coordinator decides which incidents
are passed to the police. Officers sign in with a council-issued username and
password; staff sign in through the council's Entra ID with MFA. Traffic uses TLS,
the incident store is encrypted at rest, and console access is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School crossing patrol rota and incident assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts crossing patrol cover rotas and summarises patrol incident reports for a council road safety team.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Officer availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Days and sessions each officer can work, with free-text reasons.",
)
incident = tg.Data(
    "Incident report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Officer's account of the incident: time, site, vehicle registration, "
    "description of the driver and any children involved.",
)
photos = tg.Data(
    "Incident photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of vehicles and the crossing; may show children and faces.",
)
absences = tg.Data(
    "Staff absence records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sickness and leave dates for patrol officers, from HR.",
)
prompt = tg.Data(
    "Rota and incident prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, site list, availability and absences, or the text of new incident reports.",
)
completion = tg.Data(
    "Draft rota and incident summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
rota = tg.Data(
    "Weekly cover rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Which officer covers which school site each session.",
)
summary = tg.Data("Incident summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
shift_sms = tg.Data("Shift notification", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_token = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
police_referral = tg.Data("Police referral", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patrol officers work outdoors at the school gates, on mobile data.
    officer = tm.add(tg.Actor("Crossing patrol officer", role="patrol officer"))
    # The council-issued phone app officers report from; one per officer.
    app = tm.add(
        tg.Device(
            "Patrol phone app",
            fleet=True,
            description="Council-managed Android phones running the patrol app.",
        )
    )
    # Police force's online reporting portal, where the coordinator files referrals.
    police = tm.add(tg.ExternalService("Police online reporting portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; drafts rotas and summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API, EU region.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway the council already uses for staff notifications.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the phone app talks to: availability, incidents, published rota.
    patrol_api = tm.add(
        tg.Endpoint(
            "Patrol API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council-issued username and password")},
        )
    )
    # Builds prompts, calls the LLM, stores drafts and publishes approved rotas.
    rota_service = tm.add(
        tg.Service(
            "Rota and incident service",
            controls={
                c.HumanInTheLoop(
                    approver="road safety coordinator",
                    note="a drafted rota is sent to officers after the coordinator approves it",
                )
            },
        )
    )
    # Availability, site list and approved rotas.
    rota_db = tm.add(tg.DataStore("Rota database", stores={availability, rota}))
    # Incident reports and photos, plus the LLM summaries of them.
    incident_store = tm.add(
        tg.DataStore(
            "Incident store",
            stores={incident, photos, summary},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The coordinator's web console for reviewing drafts and incidents.
    console = tm.add(
        tg.Endpoint(
            "Coordinator console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Road safety coordinator: approves rotas, decides on police referrals.
    coordinator = tm.add(tg.Actor("Road safety coordinator", role="coordinator"))
    # The council's HR system of record, source of absence data.
    hr = tm.add(tg.DataStore("HR system", stores={absences}))
    # The council's identity provider for staff accounts.
    idp = tm.add(tg.ExternalService("Council Entra ID", provides="identity-provider"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(officer, app, availability, incident, photos, label="enters reports")
tm.flow(app, patrol_api, availability, incident, photos, protocol="https", controls={tls})
tm.flow(patrol_api, app, rota, protocol="https", controls={tls}, label="published rota")
tm.flow(app, officer, rota)

tm.flow(patrol_api, rota_service, availability, incident, photos)
tm.flow(rota_service, rota_db, availability, rota)
tm.flow(rota_db, rota_service, availability, rota)
tm.flow(rota_service, incident_store, incident, photos, summary)
tm.flow(incident_store, rota_service, incident)
tm.flow(hr, rota_service, absences, protocol="https", label="nightly absence export")

tm.flow(rota_service, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, rota_service, completion, protocol="https", controls={tls})

tm.flow(coordinator, idp, staff_token, protocol="https", label="sign-in")
tm.flow(idp, console, staff_token, protocol="https", label="OIDC token")
tm.flow(coordinator, console, approval, protocol="https", controls={tls})
tm.flow(console, coordinator, rota, summary, incident, photos, protocol="https", controls={tls})
tm.flow(console, rota_service, approval)
tm.flow(rota_service, console, rota, summary, incident, photos)

tm.flow(rota_service, sms, shift_sms, protocol="https", controls={tls})
tm.flow(sms, officer, shift_sms, protocol="sms")
tm.flow(coordinator, police, police_referral, protocol="https", label="manual referral")
