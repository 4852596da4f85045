"""Fireworks display firing sequence safety model: the first design, before any security review.

A display fireworks company checks every choreographed firing script before a
show. Show designers upload the cue list and the site survey (firing zone,
spectator lines, safety distances) to a planning portal in the company cloud.
A safety checker runs each cue through an in-house fallout model, a regressor
that predicts the debris fallout radius from the shell's specifications, the
mortar angle and the forecast wind, and flags cues whose fallout crosses a
spectator line. The licensed lead pyrotechnician signs the report off before
the script is loaded by USB stick into the firing control panel, which sends
cues by radio to the field firing modules. On show night a mast anemometer
feeds live wind to the checker, which pushes hold advisories to the crew; the
shooter decides holds. Crews log measured fallout after each show to retrain
the model. Controls: SSO and roles on the portal, sign-off, versioned show
files, backtests before release, and the firing system's arm key and interlocks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fireworks display firing sequence safety model",
    profile=tg.RiskProfile.HIGH,
    description="Fallout prediction and wind-hold advisories for choreographed firework displays.",
)

# ---------------------------------------------------------------- data assets
firing_script = tg.Data(
    "Firing script",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Cue list: time code, module and pin, product, mortar angle.",
)
site_survey = tg.Data(
    "Site survey map",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Firing zone, spectator lines and the safety distances agreed with the venue.",
)
product_specs = tg.Data(
    "Product specifications",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Calibre, burst height and radius, from manufacturers' datasheets.",
)
wind_forecast = tg.Data("Wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
wind_readings = tg.Data("Live wind readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cue_features = tg.Data("Cue features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
fallout_prediction = tg.Data(
    "Predicted fallout radius", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
safety_report = tg.Data(
    "Sequence safety report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sign_off = tg.Data("Safety sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hold_advisory = tg.Data(
    "Wind hold advisory", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
arm_fire_inputs = tg.Data(
    "Arm and fire inputs", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
cue_commands = tg.Data(
    "Cue fire commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
module_status = tg.Data(
    "Module continuity status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fallout_survey = tg.Data(
    "Post-show fallout survey",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Measured debris distances per cue, with the wind at the time.",
)
model_artifact = tg.Data(
    "Fallout model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service API for the show-night wind forecast.
    weather = tm.add(tg.ExternalService("Weather forecast service", provides="data-provider"))

with tm.boundary("Design office", trust=tg.Trust.INTERNAL):
    # Choreographs the show and maintains the product catalogue.
    designer = tm.add(tg.Actor("Show designer", role="show designer"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Where scripts and surveys are uploaded and reports, sign-offs and advisories are read.
    portal = tm.add(
        tg.Endpoint(
            "Planning portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO (OIDC)"),
                c.RBAC(note="only lead pyrotechnicians can sign off a script"),
            },
        )
    )
    # Runs every cue through the model, compares fallout with the spectator lines,
    # and recomputes holds from live wind on show night.
    checker = tm.add(
        tg.Service(
            "Sequence safety checker",
            controls={
                c.HumanInTheLoop(
                    approver="licensed lead pyrotechnician",
                    note="a script is released for loading only after sign-off of its report",
                )
            },
        )
    )
    # Predicts each cue's debris fallout radius.
    model = tm.add(
        tg.Model(
            "Fallout prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
        )
    )
    # Shell specifications typed in from manufacturers' datasheets.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={product_specs}))
    # Every show's scripts, surveys, reports and sign-offs, versioned.
    show_files = tm.add(
        tg.DataStore(
            "Show file store",
            stores={firing_script, site_survey, safety_report, sign_off},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataVersioning(note="object versioning on the bucket"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Fallout measured at past shows, the training data.
        survey_set = tm.add(tg.Dataset("Fallout survey dataset", stores={fallout_survey}))
        # Retrains the fallout model each off-season.
        training = tm.add(
            tg.Pipeline(
                "Fallout model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="backtest against held-out shows before publishing")
                },
            )
        )
        # Holds released model versions the checker loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Display site firing zone", trust=tg.Trust.INTERNAL):
    # Licensed shooter: signs off scripts, loads them, arms and fires the show.
    pyro = tm.add(
        tg.Actor("Lead pyrotechnician", role="licensed display operator", privileged=True)
    )
    # The firing system's console at the site.
    panel = tm.add(tg.Service("Firing control panel"))
    # Radio-linked modules that ignite the e-matches on each cue.
    modules = tm.add(
        tg.Device(
            "Field firing modules",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="modules fire only while the panel's arm key is on and its "
                    "heartbeat is received; each module has a physical safe/arm switch"
                )
            },
        )
    )
    # Mast-mounted wind sensor at the firing zone, sending over LTE.
    anemometer = tm.add(tg.Device("Site anemometer", fleet=False))

# ---------------------------------------------------------------- flows
# Planning
tm.flow(designer, portal, firing_script, site_survey, product_specs, protocol="https")
tm.flow(portal, show_files, firing_script, site_survey)
tm.flow(portal, catalogue, product_specs)
tm.flow(show_files, checker, firing_script, site_survey)
tm.flow(catalogue, checker, product_specs)
tm.flow(weather, checker, wind_forecast, protocol="https")
tm.flow(checker, model, cue_features)
tm.flow(model, checker, fallout_prediction)
tm.flow(checker, show_files, safety_report)
tm.flow(show_files, portal, safety_report, firing_script)
tm.flow(portal, designer, safety_report, protocol="https")

# Sign-off and loading
tm.flow(portal, pyro, safety_report, firing_script, protocol="https")
tm.flow(pyro, portal, sign_off, protocol="https")
tm.flow(portal, show_files, sign_off)
tm.flow(pyro, panel, firing_script, protocol="usb", label="approved script on a USB stick")

# Show night
tm.flow(anemometer, checker, wind_readings, protocol="https", label="over LTE")
tm.flow(checker, portal, hold_advisory)
tm.flow(portal, pyro, hold_advisory, protocol="https", label="crew phone")
tm.flow(pyro, panel, arm_fire_inputs, label="arm key and fire button")
tm.flow(panel, modules, cue_commands, protocol="proprietary 900 MHz radio")
tm.flow(modules, panel, module_status, protocol="proprietary 900 MHz radio")

# Learning from each show
tm.flow(pyro, portal, fallout_survey, protocol="https")
tm.flow(portal, survey_set, fallout_survey)
tm.flow(survey_set, training, fallout_survey)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load released version")
