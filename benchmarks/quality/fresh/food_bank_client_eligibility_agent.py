"""Food bank client eligibility agent: the first design, before any security review.

A regional food bank network takes referrals from partner agencies (schools, GP
surgeries, advice centres). Agency workers send a referral form by e-mail to the
referrals mailbox or fill in the referral web form, which needs an agency account.
An LLM agent running in the network's cloud tenant reads each referral, checks the
household against the eligibility policy and the client's visit history in the
client database, books a collection slot at the nearest distribution point and
sends the client a text message through an SMS provider. The language model is a
hosted API under a data processing agreement. Volunteers at distribution points
open the day's collection list on a shared tablet and mark collections as done.
Client records are personal data about people in hardship (UK GDPR); the database
is encrypted at rest with role-based access, the agent's actions are logged, and
all web traffic uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food bank client eligibility agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that triages food bank referrals, books collection slots and texts clients.",
)

# ---------------------------------------------------------------- data assets
referral_email = tg.Data(
    "Referral e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Referral form attached to an e-mail: household, address, income situation, reason for referral.",
)
referral_form = tg.Data(
    "Web referral form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
policy = tg.Data("Eligibility policy", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the eligibility policy, the referral text and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
client_records = tg.Data(
    "Client records and visit history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Client lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data("Visit history result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Slot booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking = tg.Data("Collection booking", kind="records", sensitivity=tg.Sensitivity.PII)
sms_call = tg.Data("Send text call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
sms = tg.Data(
    "Client text message",
    sensitivity=tg.Sensitivity.PII,
    description="Collection time and distribution point address, sent to the client's mobile number.",
)
day_list = tg.Data(
    "Day's collection list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, household size, dietary needs and booking times for one distribution point.",
)
collection_mark = tg.Data("Collection recorded", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at schools, GP surgeries and advice centres who refer households.
    referrer = tm.add(tg.Actor("Agency referrer", role="referring agency worker"))
    # The household being referred; receives the booking by text message.
    client = tm.add(tg.Actor("Client", role="food bank client"))

with tm.boundary("Distribution points", trust=tg.Trust.UNTRUSTED):
    # Volunteers running a session in a church hall or community centre.
    volunteer = tm.add(tg.Actor("Distribution volunteer", role="volunteer"))
    # One shared tablet per distribution point, on the venue's Wi-Fi or 4G.
    tablet = tm.add(
        tg.Device(
            "Volunteer tablet",
            fleet=True,
            description="Shared Android tablet kept at the distribution point, browser only.",
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The hosted mailbox that agencies send referral e-mails to.
    mailbox = tm.add(
        tg.ExternalService(
            "Referrals mailbox",
            description="Hosted shared mailbox; the agent polls it through the provider's mail API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, no training on our data.",
            controls={c.SupplierAssessment(note="data processing agreement with the vendor")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers booking texts to clients' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Food bank cloud tenant", trust=tg.Trust.INTERNAL):
    # Where agencies without e-mail templates submit referrals.
    web_form = tm.add(
        tg.Endpoint(
            "Referral web form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency account: e-mail and password"),
                c.InputValidation(note="required fields and formats checked"),
            },
        )
    )
    # Reads each referral, applies the policy and acts through its tools.
    agent = tm.add(
        tg.Agent(
            "Eligibility agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides eligibility, books a slot and texts the client without a person in the loop.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Looks up a household and its past visits.
    lookup_tool = tm.add(tg.Tool("Client lookup tool", capabilities={"read"}))
    # Creates a collection booking at the nearest distribution point.
    booking_tool = tm.add(tg.Tool("Slot booking tool", capabilities={"read", "write"}))
    # Sends the booking text through the SMS gateway.
    sms_tool = tm.add(tg.Tool("Text message tool", capabilities={"send-messages"}))
    # Web app volunteers open on the tablet to see and tick off the day's list.
    list_app = tm.add(
        tg.Endpoint(
            "Distribution list app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared password per distribution point")},
        )
    )
    # The eligibility policy document the agent is given with each referral.
    policy_store = tm.add(tg.DataStore("Eligibility policy store", stores={policy}))

    with tm.boundary("Client data", trust=tg.Trust.RESTRICTED):
        # Households, visit history and bookings.
        client_db = tm.add(
            tg.DataStore(
                "Client database",
                stores={client_records, booking},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(referrer, mailbox, referral_email, protocol="smtp", label="referral by e-mail")
tm.flow(mailbox, agent, referral_email, protocol="https", label="mail API poll")
tm.flow(referrer, web_form, referral_form, protocol="https")
tm.flow(web_form, agent, referral_form)

tm.flow(policy_store, agent, policy)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, client_db, lookup_call, label="query by name and address")
tm.flow(client_db, lookup_tool, client_records)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, client_db, booking, label="create booking")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, client, sms, protocol="sms")

tm.flow(client_db, list_app, day_list)
tm.flow(list_app, tablet, day_list, protocol="https")
tm.flow(tablet, volunteer, day_list, label="shown on the tablet screen")
tm.flow(volunteer, tablet, collection_mark, label="ticked on the touchscreen")
tm.flow(tablet, list_app, collection_mark, protocol="https")
tm.flow(list_app, client_db, collection_mark, label="visit recorded")
