import statistics

from django.core.management.base import BaseCommand

from hubplatform.progress import Progress
from tenants.models import Hub
from tenants.provisioning import BY_MIGRATIONS, FROM_READY_TEMPLATE, FROM_TEMPLATE, provision_hub, remove_hub

BENCH_PREFIX = "bench-"


class Command(BaseCommand):
    help = (
        "Benchmark: seconds to provision hubs from the ready template, from the migrated template plus "
        "set_up_site, and by running migrations."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hubs", type=int, default=20)
        parser.add_argument("--region", default="twente")

    def handle(self, *args, hubs, region, **options):
        self.remove_leftovers()
        results = {}
        progress = Progress(self.stdout)
        try:
            for mode, method in (("klaar", FROM_READY_TEMPLATE), ("sjabloon", FROM_TEMPLATE), ("migraties", BY_MIGRATIONS)):
                timings = []
                for number in progress.items(range(1, hubs + 1), label=f"{mode:<9}"):
                    slug = f"{BENCH_PREFIX}{mode[:5]}-{number:02d}"
                    result = provision_hub(slug, f"Bench {slug}", f"{slug}.bench.localhost", region, method=method)
                    timings.append(result.seconds)
                results[mode] = timings
        finally:
            self.remove_leftovers()

        self.stdout.write("")
        self.stdout.write(f"Hubs aanmaken ({hubs} per methode, zelfde run):")
        for mode, timings in results.items():
            self.stdout.write(
                f"  {mode:<9} totaal {sum(timings):7.2f} s   per hub gemiddeld {statistics.mean(timings):5.2f} s"
                f"   mediaan {statistics.median(timings):5.2f} s   eerste {timings[0]:5.2f} s"
                f"   laatste {timings[-1]:5.2f} s   max {max(timings):5.2f} s"
            )
        ready_mean = statistics.mean(results["klaar"])
        self.stdout.write(
            f"  uit het klaargezette sjabloon is {statistics.mean(results['sjabloon']) / ready_mean:.1f}x sneller dan "
            f"sjabloon + set_up_site en {statistics.mean(results['migraties']) / ready_mean:.1f}x sneller dan migraties"
        )

    def remove_leftovers(self):
        for hub in Hub.objects.filter(slug__startswith=BENCH_PREFIX):
            remove_hub(hub.slug)
