"""Locum pharmacist shift matching agent: the first design.

A UK staffing platform fills community pharmacy shifts with self-employed
locum pharmacists. Pharmacy managers post shifts by describing them to an
agent in the web portal; locums set availability and rates in a mobile app and
answer offers in plain language. The agent searches open shifts, asks an
in-house ranking model for a shortlist of locums (distance, rate, ratings,
past cancellations), sends offers by push and SMS through a messaging vendor
and books the shift once the locum accepts. A nightly job checks every locum's
registration against the GPhC register, and a training pipeline retrains the
ranking model from booking outcomes and ratings. Everything runs in the
platform's cloud account; the agent uses an LLM hosted by a vendor.
Controls in this design: app sign-in and rate limits on the API, TLS outside,
an encrypted database with roles, staff SSO with MFA, a step limit and an
audit log on the agent, and versioned ranking models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Locum pharmacist shift matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that matches locum pharmacists to community pharmacy shifts, "
    "sends offers and books accepted shifts.",
)

# ---------------------------------------------------------------- data assets
manager_request = tg.Data(
    "Shift request from pharmacy manager",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Free text such as 'need a pharmacist Saturday 9-6 at the Leeds branch'.",
)
locum_message = tg.Data(
    "Locum reply to an offer",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Accepts, declines or counter-offers in plain language.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with shift and locum context", sensitivity=tg.Sensitivity.PII, kind="prompt"
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
shifts = tg.Data(
    "Pharmacy shifts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Branch, date, hours, hourly rate, services required.",
)
locum_profiles = tg.Data(
    "Locum profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, GPhC number, home postcode, availability, rates, ratings, "
    "cancellation history, contact details.",
)
search_query = tg.Data(
    "Shift and locum search", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
search_result = tg.Data("Search results", sensitivity=tg.Sensitivity.PII, kind="tool-result")
ranking_features = tg.Data(
    "Shift and locum match features", sensitivity=tg.Sensitivity.PII, kind="features"
)
shortlist = tg.Data(
    "Ranked locum shortlist with scores", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
offer_call = tg.Data("Send offer", sensitivity=tg.Sensitivity.PII, kind="tool-call")
offer_message = tg.Data("Shift offer message", sensitivity=tg.Sensitivity.PII, kind="documents")
delivery_status = tg.Data(
    "Delivery status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
booking_call = tg.Data("Book shift", sensitivity=tg.Sensitivity.PII, kind="tool-call")
bookings = tg.Data(
    "Shift bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
register_entry = tg.Data(
    "GPhC register entry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Registration status, annotations and any fitness-to-practise conditions.",
)
gphc_lookup = tg.Data("GPhC number lookup", sensitivity=tg.Sensitivity.PII, kind="records")
registration_status = tg.Data(
    "Locum registration status", sensitivity=tg.Sensitivity.PII, kind="records"
)
outcomes = tg.Data(
    "Booking outcomes and ratings",
    sensitivity=tg.Sensitivity.PII,
    kind="feedback",
    description="Accepted or declined offers, cancellations, manager ratings.",
)
ranking_weights = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
admin_changes = tg.Data(
    "Ops corrections and account suspensions", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed pharmacists using the mobile app.
    locum = tm.add(tg.Actor("Locum pharmacist", role="locum"))
    # Branch or area managers of the client pharmacies, using the web portal.
    manager = tm.add(tg.Actor("Pharmacy manager", role="client pharmacy manager"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drives the agent: understands requests and replies, picks tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging vendor", trust=tg.Trust.PARTNER):
    # Delivers offers as push notifications and SMS.
    messaging = tm.add(tg.ExternalService("Push and SMS provider", provides="generic"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The General Pharmaceutical Council's public register of pharmacists.
    gphc = tm.add(tg.ExternalService("GPhC register", provides="data-provider"))

with tm.boundary("Platform cloud account", trust=tg.Trust.INTERNAL):
    # Backend for the mobile app and the manager portal.
    api = tm.add(
        tg.Endpoint(
            "Platform API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, OAuth tokens in the apps"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # The LLM agent that turns requests into shifts, offers and bookings.
    agent = tm.add(
        tg.Agent(
            "Shift matching agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # In-house model that ranks available locums for a shift.
    ranker = tm.add(
        tg.Model(
            "Locum ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelVersioning()},
        )
    )
    # Reads open shifts, locum availability and profiles.
    search_tool = tm.add(tg.Tool("Shift search tool", capabilities={"read"}))
    # Sends an offer to a locum through the messaging vendor.
    offer_tool = tm.add(
        tg.Tool("Offer messaging tool", capabilities={"send-messages", "network-egress"})
    )
    # Creates shifts and books a locum onto a shift.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Nightly check of every locum's registration against the GPhC register.
    reg_check = tm.add(tg.Service("Registration check job"))

    with tm.boundary("Platform data tier", trust=tg.Trust.RESTRICTED):
        # Shifts, locum profiles, bookings, outcomes and registration status.
        platform_db = tm.add(
            tg.DataStore(
                "Platform database",
                stores={shifts, locum_profiles, bookings, registration_status, outcomes},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Weekly retraining of the ranking model from booking outcomes and ratings.
        training = tm.add(tg.Pipeline("Ranking model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Platform operations staff: resolve disputes, suspend accounts.
    ops = tm.add(tg.Actor("Platform ops staff", role="operations", privileged=True))
    # Internal admin console over the platform database.
    console = tm.add(
        tg.Service(
            "Ops admin console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(manager, api, manager_request, protocol="https", controls={tls})
tm.flow(locum, api, locum_message, protocol="https", controls={tls})
tm.flow(api, manager, agent_reply, protocol="https", controls={tls})
tm.flow(api, locum, agent_reply, protocol="https", controls={tls})
tm.flow(api, agent, manager_request, locum_message)
tm.flow(agent, api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, agent, search_result)
tm.flow(platform_db, search_tool, shifts, locum_profiles, registration_status)

tm.flow(agent, ranker, ranking_features)
tm.flow(ranker, agent, shortlist)

tm.flow(agent, offer_tool, offer_call)
tm.flow(offer_tool, agent, delivery_status)
tm.flow(offer_tool, messaging, offer_message, protocol="https", controls={tls})
tm.flow(messaging, offer_tool, delivery_status, protocol="https", label="delivery webhook")
tm.flow(messaging, locum, offer_message, protocol="push/sms")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, platform_db, shifts, bookings)
tm.flow(platform_db, booking_tool, bookings)

tm.flow(platform_db, reg_check, locum_profiles, label="GPhC numbers")
tm.flow(reg_check, gphc, gphc_lookup, protocol="https", controls={tls})
tm.flow(gphc, reg_check, register_entry, protocol="https", controls={tls})
tm.flow(reg_check, platform_db, registration_status)

tm.flow(platform_db, training, outcomes, locum_profiles)
tm.flow(training, ranker, ranking_weights, label="deploy new version")

tm.flow(ops, console, admin_changes, protocol="https", controls={tls})
tm.flow(console, ops, locum_profiles, bookings, protocol="https", controls={tls})
tm.flow(console, platform_db, admin_changes)
tm.flow(platform_db, console, locum_profiles, bookings)
