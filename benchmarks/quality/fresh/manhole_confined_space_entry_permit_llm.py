"""Manhole entry permits for sewer crews: the first design, before any security review.

Before a crew enters a manhole, the water utility requires a signed entry permit.
Crews use a field app on their rugged tablets: it pulls the job from the work
order system, takes the four-gas readings (O2, LEL, H2S, CO) streamed over
Bluetooth LE from the crew's gas monitor, and the rescue plan and crew names
typed in by the crew. A permit service in the utility's cloud tenant sends all of
it to a hosted LLM, which drafts the permit and flags missing items; the crew
supervisor reviews the draft and signs it in the app before anyone enters. During
the job the monitor keeps streaming and the app sounds an alarm when a reading
crosses its threshold; readings are uploaded to the permit record. Signed permits
go to the health-and-safety system. Crews sign in with MFA via the utility's IdP;
the permit database is encrypted; the LLM vendor passed the supplier review.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Manhole confined-space entry permit LLM",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted confined-space entry permits for sewer maintenance crews, "
    "with live four-gas readings and supervisor sign-off.",
)

# ---------------------------------------------------------------- data assets
gas_readings = tg.Data(
    "Four-gas readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="O2, LEL, H2S and CO readings with monitor serial and timestamp.",
)
gas_alarm = tg.Data(
    "Gas threshold alarm",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
job_details = tg.Data(
    "Job details", kind="records", description="Work order, manhole id and location, planned task."
)
crew_entry = tg.Data(
    "Crew names and rescue plan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Entrants, top-person, supervisor, rescue equipment and emergency contacts.",
)
permit_application = tg.Data(
    "Permit application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Job, gas readings, rescue plan and crew names as sent by the app.",
)
permit_prompt = tg.Data("Permit drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_permit = tg.Data(
    "Draft permit and missing items",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
signature = tg.Data("Supervisor signature", kind="records", sensitivity=tg.Sensitivity.PII)
signed_permit = tg.Data(
    "Signed entry permit",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
permit_records = tg.Data(
    "Permit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Drafts, signed permits and the gas log of each job.",
)
sign_in = tg.Data("Crew sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_token = tg.Data("Access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Street works site",
    trust=tg.Trust.UNTRUSTED,
    description="At the manhole, on public cellular data and Bluetooth.",
):
    # Sewer crew members who fill in the job, crew and rescue plan.
    crew = tm.add(tg.Actor("Sewer crew member", role="field operative"))
    # Signs the permit before entry; accountable for the entry.
    supervisor = tm.add(tg.Actor("Crew supervisor", role="supervisor"))
    # Personal four-gas monitor clipped on at the manhole; has its own buzzer alarms.
    gas_monitor = tm.add(
        tg.Device("Four-gas monitor", description="Portable O2/LEL/H2S/CO detector with BLE.")
    )
    # The field app on the crew's rugged tablet: collects, displays, alarms, signs.
    field_app = tm.add(
        tg.Device(
            "Crew field tablet app",
            description="Utility-managed rugged tablet; raises the gas alarm on thresholds.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The utility's cloud identity provider that crews sign in with.
    idp = tm.add(tg.ExternalService("Utility identity provider", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the permit text and lists what is missing.
    llm = tm.add(
        tg.LLM(
            "Permit drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement security review, no data retention")},
        )
    )

with tm.boundary("Utility cloud tenant", trust=tg.Trust.INTERNAL):
    # API the field app talks to.
    permit_api = tm.add(
        tg.Endpoint(
            "Permit API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC tokens from the identity provider, MFA")},
        )
    )
    # Builds the prompt, calls the LLM, records drafts, signatures and gas logs.
    permit_service = tm.add(
        tg.Service(
            "Permit service",
            controls={c.HumanInTheLoop(approver="crew supervisor signs the permit before entry")},
        )
    )
    # Drafts, signed permits and gas logs until they are archived.
    permit_db = tm.add(
        tg.DataStore(
            "Permit database",
            stores={permit_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing work order system: where the job comes from.
    work_orders = tm.add(tg.Service("Work order system"))
    # Existing health-and-safety system of record, where permits are archived.
    hs_system = tm.add(tg.Service("Health and safety system"))
    # Reviews permits and incidents in the H&S system.
    hs_officer = tm.add(tg.Actor("Health and safety officer", role="H&S officer"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(field_app, idp, sign_in, protocol="https")
tm.flow(idp, field_app, access_token, protocol="https")

# gas readings and alarms at the manhole
tm.flow(gas_monitor, field_app, gas_readings, protocol="bluetooth le", label="live stream")
tm.flow(field_app, crew, gas_readings, gas_alarm, label="on screen and audible alarm")
tm.flow(field_app, supervisor, gas_readings, gas_alarm, label="on screen and audible alarm")

# job and permit application
tm.flow(work_orders, permit_service, job_details, protocol="https")
tm.flow(permit_service, permit_api, job_details)
tm.flow(permit_api, field_app, job_details, protocol="https")
tm.flow(crew, field_app, crew_entry, label="typed into the app")
tm.flow(field_app, permit_api, permit_application, protocol="https")
tm.flow(permit_api, permit_service, permit_application)

# drafting
tm.flow(permit_service, llm, permit_prompt, protocol="https")
tm.flow(llm, permit_service, draft_permit, protocol="https")
tm.flow(permit_service, permit_api, draft_permit)
tm.flow(permit_api, field_app, draft_permit, protocol="https")
tm.flow(field_app, supervisor, draft_permit, label="shown for review")

# sign-off and readings during the job
tm.flow(supervisor, field_app, signature, label="signs on the tablet")
tm.flow(field_app, permit_api, signed_permit, protocol="https", label="signed permit")
tm.flow(field_app, permit_api, gas_readings, protocol="https", label="readings during the job")
tm.flow(permit_api, permit_service, signed_permit, gas_readings)
tm.flow(permit_service, permit_db, permit_records)
tm.flow(permit_db, permit_service, permit_records)

# archive
tm.flow(
    permit_service,
    hs_system,
    signed_permit,
    gas_readings,
    protocol="https",
    label="archive on job close",
)
tm.flow(hs_officer, hs_system, job_details, protocol="https", label="searches permits")
tm.flow(hs_system, hs_officer, signed_permit, gas_readings, protocol="https")
