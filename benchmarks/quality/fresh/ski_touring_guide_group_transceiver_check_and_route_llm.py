"""Ski touring guide assistant: the first design, before any security review.

Our mountain guiding company runs ski tours in the Alps for clients from across the
EU. Clients book on our website and fill in a profile: touring experience, fitness,
medical notes and an emergency contact. On the morning of a tour the leading guide
uses our phone app at the trailhead: it reads each avalanche transceiver's self-test
over Bluetooth and records the group transceiver check. The guide then asks for a
route plan; a briefing service in our cloud gathers the regional avalanche
bulletin, a mountain weather forecast, candidate routes from our route library and
the group's profiles, and a hosted LLM drafts a route suggestion and a group
briefing. The guide reads it, chooses the route and is responsible for it. Trip logs
keep the check, the chosen route and the briefing. Controls in this design: TLS,
guide sign-in with MFA, client sign-in with e-mail and password, encryption at rest,
the LLM key in a secrets manager, and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski touring transceiver check and route assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Guide app recording group transceiver checks and drafting route plans with an LLM.",
)

# ---------------------------------------------------------------- data assets
client_profile = tg.Data(
    "Client profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, touring experience, fitness, medical notes and emergency contact.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
transceiver_selftest = tg.Data(
    "Transceiver self-test readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Serial number, battery level, firmware version and self-test result.",
)
check_results = tg.Data(
    "Group transceiver check results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per client: send mode confirmed, battery, range check passed; by the guide.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
route_request = tg.Data(
    "Route planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Area, date, group and the guide's own notes on conditions.",
)
bulletin = tg.Data("Avalanche bulletin", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
forecast_request = tg.Data("Weather forecast request", sensitivity=tg.Sensitivity.INTERNAL)
weather_forecast = tg.Data(
    "Mountain weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
route_query = tg.Data("Route search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
route_descriptions = tg.Data(
    "Route descriptions",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Guidebook text, GPX tracks, slope angles and guides' trip reports.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
trip_reports = tg.Data("Guide trip reports", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Route planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bulletin, forecast, candidate routes, check results and the group's profiles.",
)
route_suggestion = tg.Data(
    "Route suggestion and briefing",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Suggested route, key hazards, turn-around points and a briefing for the group.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
trip_log = tg.Data(
    "Trip log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Check results, chosen route and the briefing given, kept as the tour's record.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Clients book tours and keep their profile up to date.
    client = tm.add(tg.Actor("Client", role="ski touring client"))
    # The regional avalanche warning service's public bulletin feed.
    bulletin_feed = tm.add(
        tg.DataSource("Avalanche bulletin feed", origin="public-web", provides={bulletin})
    )

with tm.boundary(
    "Trailhead",
    trust=tg.Trust.UNTRUSTED,
    description="The guide's phone and the group's transceivers, on mobile data.",
):
    # The leading guide: runs the check and chooses the route.
    guide = tm.add(tg.Actor("Mountain guide", role="leading guide"))
    # Our app on the guide's own phone.
    guide_app = tm.add(
        tg.Device("Guide phone app", description="iOS and Android app for our guides.")
    )
    # The group's avalanche transceivers, rental and clients' own.
    transceivers = tm.add(
        tg.Device(
            "Avalanche transceivers", description="Bluetooth-capable transceivers of the group."
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid mountain weather forecast API (wind, snowfall, freezing level).
    weather_api = tm.add(tg.ExternalService("Mountain weather API", provides="data-provider"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that drafts the route suggestion and briefing.
    llm = tm.add(
        tg.LLM(
            "Hosted route planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public booking website where clients book and fill in their profile.
    booking_site = tm.add(
        tg.Service(
            "Booking website",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Clients and their profiles, read for each tour's group.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={client_profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Backend API of the guide app.
    trip_api = tm.add(
        tg.Endpoint(
            "Trip planning API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="guide accounts via OIDC with MFA"), c.RBAC()},
        )
    )
    # Gathers bulletin, forecast, routes and group and calls the LLM.
    briefing = tm.add(
        tg.Service(
            "Route briefing service",
            controls={
                c.SecretsManagement(note="LLM and weather API keys in the cloud secrets manager"),
                c.HumanInTheLoop(
                    approver="the leading guide",
                    note="the guide reads the suggestion and chooses the route",
                ),
            },
        )
    )
    # Curated route library, embedded for search.
    route_library = tm.add(tg.VectorStore("Route library", stores={route_descriptions}))
    # Trip logs: the record of each tour's check, route and briefing.
    trip_logs = tm.add(
        tg.DataStore(
            "Trip log store",
            stores={trip_log, check_results, trip_reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job that chunks and embeds new trip reports and guidebook text.
    indexing = tm.add(tg.Pipeline("Route library indexing", stage=tg.Stage.INGESTION))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Head guide curating the route library and guidebook text.
    head_guide = tm.add(tg.Actor("Head guide", role="technical director", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, booking_site, client_profile, protocol="https")
tm.flow(booking_site, client, booking_confirmation, protocol="https")
tm.flow(booking_site, client_db, client_profile)

tm.flow(transceivers, guide_app, transceiver_selftest, protocol="Bluetooth LE")
tm.flow(guide, guide_app, check_results, route_request, label="on the touchscreen")
tm.flow(guide_app, guide, route_suggestion, label="on the touchscreen")
tm.flow(guide_app, trip_api, check_results, route_request, trip_reports, protocol="https")
tm.flow(trip_api, guide_app, route_suggestion, protocol="https")

tm.flow(trip_api, briefing, route_request, check_results)
tm.flow(briefing, trip_api, route_suggestion)
tm.flow(client_db, briefing, client_profile, label="the tour's group")
tm.flow(bulletin_feed, briefing, bulletin, protocol="https")
tm.flow(briefing, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, briefing, weather_forecast, protocol="https")
tm.flow(briefing, route_library, route_query, label="similarity search")
tm.flow(route_library, briefing, route_descriptions)
tm.flow(briefing, llm, llm_prompt, protocol="https")
tm.flow(llm, briefing, route_suggestion, protocol="https")

tm.flow(trip_api, trip_logs, trip_log, check_results, trip_reports)
tm.flow(trip_logs, indexing, trip_reports, label="nightly")
tm.flow(
    head_guide,
    indexing,
    route_descriptions,
    protocol="https",
    label="guidebook text and route notes",
)
tm.flow(indexing, route_library, route_descriptions)
