"""whyfirst.generate"""
