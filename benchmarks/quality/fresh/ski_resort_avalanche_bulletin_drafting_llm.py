"""Ski resort avalanche bulletin drafting: the first design, before any security review.

A ski resort's avalanche forecasters publish a daily avalanche bulletin (danger
level per aspect and elevation, avalanche problems, advice) for guests and
backcountry skiers. Every morning a drafting service in the resort's cloud account
collects the overnight readings of the resort's automatic snow stations, the
national weather service's mountain forecast and the ski patrol's field
observations (snowpack tests, avalanche sightings, explosive control results),
which patrollers enter in a phone app. It builds a prompt and asks a hosted LLM,
reached through its vendor's API, for a draft bulletin. Forecasters review the
draft in a web workbench; the lead forecaster edits it and publishes it through the
resort's CMS to the website and the resort app. Controls: single sign-on with MFA
and roles on the workbench, patrol app accounts, the LLM API key kept in the cloud
secret manager, encrypted and backed-up storage, and the lead forecaster approving
every bulletin before it is published.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ski resort avalanche bulletin drafting",
    profile=tg.RiskProfile.HIGH,
    description="Hosted LLM drafts the daily avalanche bulletin; forecasters edit and publish it.",
)

# ---------------------------------------------------------------- data assets
station_readings = tg.Data(
    "Snow station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Snow depth, new snow, temperatures, wind speed and direction, hourly.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_forecast = tg.Data(
    "Mountain weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
patrol_observations = tg.Data(
    "Ski patrol observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Snowpack tests, avalanche sightings and control results, with free-text "
    "remarks, the patroller's name and GPS position.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_prompt = tg.Data(
    "Bulletin drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, yesterday's bulletin, readings, forecast and observations.",
)
draft_bulletin = tg.Data(
    "Draft avalanche bulletin",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Proposed danger levels, avalanche problems and text.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
edited_bulletin = tg.Data(
    "Edited avalanche bulletin",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
published_bulletin = tg.Data(
    "Published avalanche bulletin",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
draft_request = tg.Data("Redraft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bulletin_archive = tg.Data(
    "Bulletin archive",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every input, draft and published bulletin, kept for incident review.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mountain", trust=tg.Trust.UNTRUSTED):
    # Automatic weather stations on the ridges and in the start zones.
    snow_stations = tm.add(
        tg.Device(
            "Snow stations",
            fleet=True,
            description="Solar-powered stations sending readings over the cellular network.",
        )
    )
    # Patrollers record field observations during control work.
    patroller = tm.add(tg.Actor("Ski patroller", role="patrol staff"))
    # The resort's patrol app on patrollers' own and resort phones.
    patrol_app = tm.add(
        tg.Device(
            "Patrol phone app",
            fleet=True,
            description="Mobile app with an observation form and free-text remarks.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The national weather service's public forecast API.
    weather_service = tm.add(
        tg.ExternalService(
            "National weather service API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Guests and backcountry skiers who read the bulletin.
    public = tm.add(tg.Actor("Skiers and guests", role="public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; drafts the bulletin text.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Commercial chat model called with an API key.",
        )
    )

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # Receives readings from the snow stations.
    station_ingest = tm.add(
        tg.Endpoint(
            "Station data ingest",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="per-station API key")},
        )
    )
    # Receives observations from the patrol app.
    observation_api = tm.add(
        tg.Endpoint(
            "Observation API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="patrol staff e-mail and password"),
                tg.controls.SchemaEnforcement(note="observation form fields and ranges"),
            },
        )
    )
    # Holds readings, observations, drafts and every published bulletin.
    avalanche_db = tm.add(
        tg.DataStore(
            "Avalanche forecasting database",
            stores={
                station_readings,
                weather_forecast,
                patrol_observations,
                draft_bulletin,
                bulletin_archive,
            },
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.DataVersioning(note="daily snapshots"),
            },
        )
    )
    # Morning job: gathers the inputs, builds the prompt and calls the LLM.
    drafting_service = tm.add(
        tg.Service(
            "Bulletin drafting service",
            description="Runs at 05:00 and on demand from the workbench.",
            controls={
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager")
            },
        )
    )
    # Web app where forecasters review, edit and publish the draft.
    workbench = tm.add(
        tg.Endpoint(
            "Forecaster workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="resort SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="only the lead forecaster can publish"),
                tg.controls.HumanInTheLoop(approver="lead forecaster"),
            },
        )
    )
    # The resort's content management system behind the website and the app.
    cms = tm.add(tg.Service("Resort CMS"))
    # Public website and app API that serve the bulletin.
    public_site = tm.add(
        tg.Endpoint(
            "Resort website and app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )

with tm.boundary("Resort offices", trust=tg.Trust.INTERNAL):
    # Forecasters review the draft against their own assessment.
    forecaster = tm.add(tg.Actor("Avalanche forecaster", role="forecaster"))
    # Edits, signs off and publishes the bulletin.
    lead_forecaster = tm.add(tg.Actor("Lead forecaster", role="forecaster", privileged=True))

# ---------------------------------------------------------------- flows
# Inputs.
tm.flow(snow_stations, station_ingest, station_readings, protocol="https")
tm.flow(station_ingest, avalanche_db, station_readings)
tm.flow(patroller, patrol_app, patrol_observations, label="typed on the phone")
tm.flow(patrol_app, observation_api, patrol_observations, protocol="https")
tm.flow(observation_api, avalanche_db, patrol_observations)
tm.flow(weather_service, drafting_service, weather_forecast, protocol="https")

# Drafting.
tm.flow(avalanche_db, drafting_service, station_readings, patrol_observations, bulletin_archive)
tm.flow(drafting_service, llm, draft_prompt, protocol="https")
tm.flow(llm, drafting_service, draft_bulletin, protocol="https")
tm.flow(drafting_service, avalanche_db, weather_forecast, draft_bulletin)

# Review, editing and publication.
tm.flow(workbench, drafting_service, draft_request, label="regenerate draft")
tm.flow(avalanche_db, workbench, draft_bulletin, station_readings, patrol_observations)
tm.flow(workbench, forecaster, draft_bulletin, patrol_observations, protocol="https")
tm.flow(forecaster, workbench, edited_bulletin, protocol="https", label="comments and edits")
tm.flow(workbench, lead_forecaster, edited_bulletin, protocol="https")
tm.flow(
    lead_forecaster, workbench, edited_bulletin, protocol="https", label="final edit and publish"
)
tm.flow(workbench, avalanche_db, edited_bulletin, bulletin_archive)
tm.flow(workbench, cms, published_bulletin, protocol="https")
tm.flow(cms, public_site, published_bulletin)
tm.flow(public_site, public, published_bulletin, protocol="https")
