"""Bathing-water quality alerts: the first design, before any security review.

A regional environment agency predicts bacteria (E. coli, enterococci) levels at
60 designated bathing lakes and beaches. An ingestion pipeline in the agency's
cloud tenancy pulls rainfall radar from the Met Office, readings from the
agency's own river-level gauges and sewage-overflow events from the water
companies' APIs; the contract lab uploads sample results as CSV files to an
upload portal (lab accounts with username and password). Each morning a daily
advisory job runs the in-house regression model and writes a swim / no-swim
advisory per site, which the public website shows and which is pushed through
the sign vendor's platform to electronic signs at the sites. Environment
officers can override a site's advisory in an admin tool behind the agency's
SSO with MFA, role-based access and an audit log. Lab CSVs are checked against
a column schema; API keys for the water companies sit in the cloud key vault.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bathing-water quality alerts",
    profile=tg.RiskProfile.HIGH,
    description="Daily swim / no-swim advisories for 60 bathing sites from a bacteria prediction model.",
)

# ---------------------------------------------------------------- data assets
radar = tg.Data("Rainfall radar grids", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
river_levels = tg.Data("River-level readings", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
overflows = tg.Data(
    "Sewage-overflow events",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lab_csv = tg.Data(
    "Lab sample results CSV",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
upload_receipt = tg.Data("Upload receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
observations = tg.Data(
    "Site observations and features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
predictions = tg.Data(
    "Predicted bacteria levels", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
advisory = tg.Data(
    "Site swim advisory",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Advisory override",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="A site, the forced status and the officer's reason.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
page_request = tg.Data("Web page request", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
sign_status = tg.Data("Sign status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Swimmers and site visitors checking the advisory before they go in.
    public = tm.add(tg.Actor("Member of the public", role="swimmer"))

with tm.boundary("Bathing sites", trust=tg.Trust.UNTRUSTED):
    # Signs on poles at the lakes and beaches, reachable by anyone on site.
    signs = tm.add(
        tg.Device(
            "Electronic site signs",
            fleet=True,
            description="LED signs with a 4G modem, one or two per bathing site.",
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Rainfall is the main driver of bacteria spikes after runoff.
    radar_feed = tm.add(
        tg.DataSource("Rainfall radar feed", origin=tg.Origin.VENDOR, provides={radar})
    )

with tm.boundary("Water companies", trust=tg.Trust.PARTNER):
    # Storm-overflow spill start/stop events from each water company's event API.
    overflow_api = tm.add(
        tg.DataSource(
            "Water company overflow APIs",
            origin=tg.Origin.PARTNER,
            provides={overflows},
            description="Three water companies, each with its own REST API and API key.",
        )
    )

with tm.boundary("Contract lab", trust=tg.Trust.PARTNER):
    # Lab staff who analyse the weekly bathing-water samples.
    lab = tm.add(tg.Actor("Contract lab analyst", role="lab contractor"))

with tm.boundary("Agency telemetry network", trust=tg.Trust.INTERNAL):
    # The agency's own hydrometric gauges on the rivers feeding the sites.
    gauges = tm.add(
        tg.DataSource(
            "River-level gauge network", origin=tg.Origin.INTERNAL, provides={river_levels}
        )
    )

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the lab drops its CSV files; the only inbound path for lab data.
    upload_portal = tm.add(
        tg.Endpoint(
            "Lab results upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-lab username and password")},
        )
    )
    # Pulls the feeds every hour and loads the lab CSVs.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="lab CSV columns and units checked"),
                c.SecretsManagement(note="water company API keys in the cloud key vault"),
            },
        )
    )
    # History of every reading, event and sample, per site.
    obs_db = tm.add(
        tg.DataStore(
            "Observation database",
            stores={radar, river_levels, overflows, lab_csv, observations},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the model at 06:00 and decides each site's status.
    advisory_job = tm.add(tg.Service("Daily advisory job"))
    # Regression model trained by the agency's data scientists on past samples.
    model = tm.add(
        tg.Model(
            "Bacteria prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts E. coli and enterococci counts; above the threshold means no-swim.",
        )
    )
    # Current and past advisories, and the officers' overrides.
    advisory_db = tm.add(tg.DataStore("Advisory database", stores={advisory, override}))
    # Public site listing every bathing site and today's advisory.
    website = tm.add(
        tg.Endpoint(
            "Public bathing water website", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Lets officers see predictions and force a site's status.
    admin_tool = tm.add(
        tg.Endpoint(
            "Advisory admin tool",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency Entra ID SSO with MFA"),
                c.RBAC(note="only bathing-water officers may override"),
                c.AuditLogging(retention_days=730),
            },
        )
    )

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Bathing-water officers who know local conditions (pollution incidents, algae).
    officer = tm.add(tg.Actor("Environment officer", role="bathing water officer", privileged=True))

with tm.boundary("Sign vendor", trust=tg.Trust.PARTNER):
    # The sign supplier's cloud platform that drives the site signs.
    sign_platform = tm.add(tg.ExternalService("Sign management platform"))

# ---------------------------------------------------------------- flows
tm.flow(radar_feed, ingestion, radar, protocol="https")
tm.flow(gauges, ingestion, river_levels, protocol="https")
tm.flow(overflow_api, ingestion, overflows, protocol="https", label="hourly API poll")

tm.flow(lab, upload_portal, lab_csv, protocol="https")
tm.flow(upload_portal, lab, upload_receipt, protocol="https")
tm.flow(upload_portal, ingestion, lab_csv)
tm.flow(ingestion, obs_db, radar, river_levels, overflows, lab_csv, observations)

tm.flow(obs_db, advisory_job, observations)
tm.flow(advisory_job, model, observations)
tm.flow(model, advisory_job, predictions)
tm.flow(advisory_db, advisory_job, override, label="active overrides")
tm.flow(advisory_job, advisory_db, advisory, predictions)

tm.flow(officer, admin_tool, override, protocol="https")
tm.flow(admin_tool, officer, advisory, predictions, protocol="https")
tm.flow(admin_tool, advisory_db, override)
tm.flow(advisory_db, admin_tool, advisory, predictions)

tm.flow(advisory_db, website, advisory)
tm.flow(public, website, page_request, protocol="https")
tm.flow(website, public, advisory, protocol="https")

tm.flow(advisory_job, sign_platform, advisory, protocol="https", label="morning push")
tm.flow(sign_platform, signs, advisory, protocol="https", label="4G")
tm.flow(signs, sign_platform, sign_status, protocol="https", label="4G")
