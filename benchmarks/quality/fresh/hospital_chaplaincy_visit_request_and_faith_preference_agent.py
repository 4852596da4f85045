"""Hospital chaplaincy visit requests and faith preferences: the first design.

Inpatients and their relatives ask for a chaplain through a short web form they
open on their own phone or the bedside entertainment tablet; ward nurses raise
the same request for a patient from the chaplaincy staff portal. An LLM agent
reads each request, confirms the patient's ward and bed against the patient
administration system (PAS), records the patient's faith preference, books a
visit on the chaplaincy rota and messages the chaplain on duty by SMS. Where no
staff chaplain covers the patient's faith it drafts a referral to a community
faith leader, which the duty chaplain approves before it is e-mailed out.
The agent and its stores run in the trust's cloud tenancy; the PAS stays in the
clinical network; the model is a vendor-hosted LLM under an enterprise contract.
Staff sign in to the portal with their NHS smartcard single sign-on; the PAS
lookup tool has a read-only scope; the stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital chaplaincy visit request and faith preference agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that takes chaplaincy visit requests, records faith "
    "preferences and books and notifies chaplain visits.",
)

# ---------------------------------------------------------------- data assets
visit_request = tg.Data(
    "Chaplaincy visit request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth, ward and bed, faith or denomination, "
    "urgency (such as end of life) and free-text reason.",
)
acknowledgement = tg.Data(
    "Request acknowledgement", kind="model-output", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, the request text and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
lookup_query = tg.Data("Patient lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
patient_location = tg.Data(
    "Patient location and demographics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
faith_record = tg.Data(
    "Faith preference and visit record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking = tg.Data("Visit booking", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
rota = tg.Data(
    "Chaplain on-call rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chaplains, their faiths, shifts and mobile numbers.",
)
notification = tg.Data(
    "Visit notification",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, ward, bed, faith and urgency sent to the chaplain.",
)
referral = tg.Data(
    "Community faith leader referral", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
referral_approval = tg.Data(
    "Referral approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
worklist = tg.Data("Chaplain visit worklist", kind="records", sensitivity=tg.Sensitivity.REGULATED)
visit_note = tg.Data(
    "Visit outcome note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Short pastoral note: visited, sacrament given, follow-up wanted.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients and relatives fill in the form from their phone or the bedside tablet.
    requester = tm.add(tg.Actor("Patient or relative", role="requester"))
    # Volunteer imams, rabbis, priests and others the chaplaincy refers to; not trust staff.
    faith_leader = tm.add(tg.Actor("Community faith leader", role="volunteer faith leader"))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Raises requests on behalf of patients who cannot use the form.
    nurse = tm.add(tg.Actor("Ward nurse", role="clinical staff"))
    # Staff and bank chaplains who carry out visits and approve external referrals.
    chaplain = tm.add(tg.Actor("Duty chaplain", role="chaplain"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public form: the only way patients and relatives reach the system.
    request_form = tm.add(
        tg.Endpoint(
            "Visit request form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="form schema: required fields, length limits")},
        )
    )
    # Where staff raise requests, see the worklist and approve referrals.
    staff_portal = tm.add(
        tg.Endpoint(
            "Chaplaincy staff portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS smartcard single sign-on"),
                c.RBAC(note="nurses raise requests; chaplains see the worklist"),
            },
        )
    )
    # The LLM agent that triages each request and drives the tools.
    agent = tm.add(
        tg.Agent(
            "Chaplaincy request agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Confirms the patient, records the faith preference, books and "
            "notifies the visit; drafts referrals for faiths no staff chaplain covers.",
            controls={
                c.HumanInTheLoop(
                    approver="duty chaplain",
                    note="referrals to community faith leaders outside the trust",
                ),
                c.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Confirms that the named patient is an inpatient and where they are.
    lookup_tool = tm.add(
        tg.Tool(
            "Patient location lookup",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only FHIR scope: demographics and location")
            },
        )
    )
    # Writes the faith preference and the booked visit, reading the rota to pick a chaplain.
    scheduler = tm.add(tg.Tool("Visit scheduling tool", capabilities={"read", "write"}))
    # Sends SMS to chaplains and e-mail referrals through the messaging provider.
    notifier = tm.add(tg.Tool("Chaplain notification tool", capabilities={"send-messages"}))
    # The chaplaincy's own record of faith preferences and visits.
    chaplaincy_records = tm.add(
        tg.DataStore(
            "Chaplaincy records",
            stores={faith_record, visit_note},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Who is on duty, for which faiths, and how to reach them.
    rota_store = tm.add(tg.DataStore("Chaplain rota", stores={rota}))

with tm.boundary("Clinical systems network", trust=tg.Trust.RESTRICTED):
    # The hospital's system of record for admissions and bed locations.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system (PAS)",
            stores={patient_location},
            controls={c.AuditLogging(), c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPIA and DSPT review, no training on our data")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Commercial SMS and e-mail gateway.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

# ---------------------------------------------------------------- flows
tm.flow(requester, request_form, visit_request, protocol="https")
tm.flow(request_form, requester, acknowledgement, protocol="https")
tm.flow(request_form, agent, visit_request, protocol="https")
tm.flow(agent, request_form, acknowledgement, protocol="https")

tm.flow(nurse, staff_portal, visit_request, protocol="https")
tm.flow(staff_portal, nurse, acknowledgement, protocol="https")
tm.flow(staff_portal, agent, visit_request, referral_approval, protocol="https")
tm.flow(agent, staff_portal, acknowledgement, referral, protocol="https")
tm.flow(chaplain, staff_portal, visit_note, referral_approval, protocol="https")
tm.flow(staff_portal, chaplain, worklist, referral, protocol="https")
tm.flow(chaplaincy_records, staff_portal, worklist, label="worklist query")
tm.flow(staff_portal, chaplaincy_records, visit_note)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_query)
tm.flow(lookup_tool, pas, lookup_query, protocol="https", label="FHIR Patient/Encounter read")
tm.flow(pas, lookup_tool, patient_location, protocol="https")
tm.flow(lookup_tool, agent, patient_location)

tm.flow(agent, scheduler, booking)
tm.flow(rota_store, scheduler, rota)
tm.flow(scheduler, chaplaincy_records, faith_record)
tm.flow(scheduler, agent, rota, label="chaplain booked")

tm.flow(agent, notifier, notification, referral)
tm.flow(notifier, gateway, notification, referral, protocol="https")
tm.flow(gateway, chaplain, notification, protocol="sms")
tm.flow(gateway, faith_leader, referral, protocol="smtp+starttls")
